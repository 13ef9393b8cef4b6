import type { Plugin } from 'graphql-yoga';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Role } from './schema-types.generated.js';
import type { AccessPolicy } from '../access/policy.js';
import type { RequestAccess } from '../access/request-access.js';

/**
 * Before anything runs, every field a request selects (through fragments too), and every input
 * field it fills (in the query text or in variables), is checked against the caller's role.
 * Fields of Query, Mutation and Subscription without @allow are closed to everyone, so a new root field is
 * unusable until someone decides who may use it. One refused field refuses the whole request
 * with HTTP 403, naming the fields, so a client never gets half an answer silently.
 */
export function useRoleCheck(policy: AccessPolicy): Plugin<{ access: RequestAccess }> {
  type Checked = {
    args: {
      schema: GraphQLSchema;
      document: DocumentNode;
      variableValues?: Record<string, unknown> | null;
      contextValue: { access: RequestAccess };
    };
    setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
  };
  // A document's answer depends only on the role, unless a variable carries input fields (checked
  // each time): Yoga's parse cache hands the same document object for the same text, so the walk
  // over it is done once per document and role.
  const answers = new WeakMap<DocumentNode, Map<Role, string[]>>();
  const refusedOf = (args: Checked['args'], role: Role) => {
    if (takesInputFields(args.schema, args.document))
      return refusedFields(args.schema, args.document, args.variableValues ?? {}, role, policy);
    const known = answers.get(args.document) ?? new Map<Role, string[]>();
    answers.set(args.document, known);
    if (!known.has(role)) known.set(role, refusedFields(args.schema, args.document, {}, role, policy));
    return known.get(role)!;
  };
  // The same check before a query or mutation runs and before a subscription starts.
  const check = ({ args, setResultAndStopExecution }: Checked) => {
    const role = args.contextValue.access.caller.role;
    const refused = refusedOf(args, role);
    if (refused.length > 0) setResultAndStopExecution({ errors: [forbidden(role, refused)] });
  };
  return { onExecute: check, onSubscribe: check };
}

/** Whether some variable of the document is (a list of) an input object, whose fields the check reads from the variables. */
function takesInputFields(schema: GraphQLSchema, document: DocumentNode): boolean {
  return document.definitions.some(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (definition.variableDefinitions ?? []).some((variable) => {
        const type = typeFromAST(schema, variable.type as Parameters<typeof typeFromAST>[1]);
        return !type || isInputObjectType(getNamedType(type));
      }),
  );
}

export function refusedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  role: Role,
  policy: AccessPolicy,
): string[] {
  const typeInfo = new TypeInfo(schema);
  const refused = new Set<string>();
  const rootTypes = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  const check = (owner: string, field: Parameters<AccessPolicy['allowedRoles']>[0], openByDefault: boolean) => {
    const allowed = policy.allowedRoles(field);
    if (allowed ? !allowed.includes(role) : !openByDefault) refused.add(`${owner}.${field.name}`);
  };
  const checkValue = (type: GraphQLInputType, value: unknown): void => {
    const inner = getNullableType(type);
    if (isListType(inner) && Array.isArray(value)) for (const item of value) checkValue(inner.ofType, item);
    if (!isInputObjectType(inner) || value === null || typeof value !== 'object') return;
    for (const [name, fieldValue] of Object.entries(value)) {
      const field = inner.getFields()[name];
      if (!field || fieldValue === undefined) continue;
      check(inner.name, field, true);
      checkValue(field.type, fieldValue);
    }
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (field && parent && !field.name.startsWith('__')) check(parent.name, field, !rootTypes.has(parent.name));
      },
      ObjectField(node) {
        const parent = getNamedType(typeInfo.getParentInputType() ?? undefined);
        const field = isInputObjectType(parent) ? parent.getFields()[node.name.value] : undefined;
        if (parent && field) check(parent.name, field, true);
      },
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type) as GraphQLInputType | undefined;
        if (type) checkValue(type, variables[node.variable.name.value]);
      },
    }),
  );
  return [...refused];
}

function forbidden(role: Role, fields: string[]): GraphQLError {
  return new GraphQLError(`Forbidden: the ${role} role may not use ${fields.join(', ')}.`, {
    extensions: { code: 'FORBIDDEN', fields, http: { status: 403 } },
  });
}
