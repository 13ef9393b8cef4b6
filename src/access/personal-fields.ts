import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  getNullableType,
  isListType,
  isNonNullType,
  type GraphQLFieldConfig,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { RequestAccess } from './request-access.js';
import { kindOfValue, type AccessPolicy } from './policy.js';

type Resolver = GraphQLFieldResolver<Record<string, unknown>, { access: RequestAccess }>;

/**
 * The one place personal fields are guarded: every field marked @personal is masked for roles not
 * cleared for its kind (customer ids become pseudonyms) and its reads are noted for the audit log;
 * every Customer object notes where it sits in the answer, so reads below it know whose they are;
 * every mutation notes the customers it names.
 */
export function guardPersonalFields(schema: GraphQLSchema, policy: AccessPolicy): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const coordinate = `${typeName}.${fieldName}`;
      let resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      const kind = policy.personalKind(field as never);
      if (kind) resolve = personal(resolve, kind, field.type, coordinate, policy);
      if (typeName === 'Customer') resolve = placingCustomer(resolve);
      if (typeName === 'Mutation') resolve = notingWrite(resolve, coordinate);
      return { ...field, resolve } as GraphQLFieldConfig<unknown, unknown>;
    },
  });
}

function personal(
  resolve: Resolver,
  kind: Parameters<typeof kindOfValue>[0],
  type: GraphQLOutputType,
  coordinate: string,
  policy: AccessPolicy,
): Resolver {
  return (parent, args, context, info) => {
    const { access } = context;
    const base = kindOfValue(kind, parent);
    if (base === null) return resolve(parent, args, context, info);
    if (!policy.sees(access.caller.role, base)) {
      return base === 'CUSTOMER_ID' ? pseudonymise(resolve(parent, args, context, info), access) : masked(type);
    }
    if (base !== 'CUSTOMER_ID') access.recordRead(access.customerAbove(info.path, parent), coordinate);
    return resolve(parent, args, context, info);
  };
}

function placingCustomer(resolve: Resolver): Resolver {
  return (parent, args, context, info) => {
    context.access.placeCustomer(info.path.prev, parent.id as string);
    return resolve(parent, args, context, info);
  };
}

/** Mutations name their customers as `customerId`, `customerIds`, or the `id` of a mutation on one customer. */
function notingWrite(resolve: Resolver, coordinate: string): Resolver {
  const idNamesCustomer = coordinate.endsWith('Customer');
  return (parent, args, context, info) => {
    const named = [args.customerId, args.customerIds, idNamesCustomer ? args.id : undefined].flat();
    context.access.recordWrite(
      named.filter((id): id is string => typeof id === 'string'),
      coordinate,
    );
    return resolve(parent, args, context, info);
  };
}

/** A value of the field's type that says nothing: null where allowed, else an empty list or "[masked]". */
function masked(type: GraphQLOutputType): unknown {
  if (!isNonNullType(type)) return null;
  return isListType(getNullableType(type)) ? [] : '[masked]';
}

function pseudonymise(value: unknown, access: RequestAccess): unknown {
  if (value instanceof Promise) return value.then((resolved) => pseudonymise(resolved, access));
  if (Array.isArray(value)) return value.map((item) => pseudonymise(item, access));
  return typeof value === 'string' ? access.pseudonym(value) : value;
}
