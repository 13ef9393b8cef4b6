import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDirective } from '@graphql-tools/utils';
import {
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
} from 'graphql';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../project.js';
import { roles, type Role } from './caller.js';

/**
 * Who may see what, read from its two sources: schema.graphql's @allow (which roles may select a
 * field) and @personal (which kind of personal data a field holds), and rules/personal-data.yaml
 * (which kinds each role sees). Everything that enforces access asks this one object.
 */
export const baseKinds = ['NAME', 'CONTACT', 'ADDRESS', 'BIRTH_DATE', 'IDENTIFIER', 'CONTENT', 'CUSTOMER_ID'] as const;
export type BaseKind = (typeof baseKinds)[number];
/** A base kind, or one that depends on the record the value is in (schema.graphql's enum PersonalKind). */
export type PersonalKind = BaseKind | 'IDENTITY_VALUE' | 'PROFILE_VALUE';

const clearanceSchema = z
  .object(
    Object.fromEntries(roles.map((role) => [role, z.array(z.enum(baseKinds))])) as Record<
      Role,
      z.ZodArray<z.ZodEnum<{ [K in BaseKind]: K }>>
    >,
  )
  .strict();

export function loadClearance(file = join(projectRoot, 'rules', 'personal-data.yaml')): Record<Role, BaseKind[]> {
  const parsed = clearanceSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

export class AccessPolicy {
  constructor(
    private readonly schema: GraphQLSchema,
    readonly clearance: Record<Role, BaseKind[]>,
  ) {
    this.checkPersonalFields();
  }

  /** The roles that may select a field (or fill an input field); undefined when it is open to whoever reaches it. */
  allowedRoles(field: GraphQLField<unknown, unknown> | GraphQLInputField): Role[] | undefined {
    return getDirective(this.schema, field, 'allow')?.[0]?.roles as Role[] | undefined;
  }

  personalKind(field: GraphQLField<unknown, unknown>): PersonalKind | undefined {
    return getDirective(this.schema, field, 'personal')?.[0]?.kind as PersonalKind | undefined;
  }

  sees(role: Role, kind: BaseKind): boolean {
    return this.clearance[role].includes(kind);
  }

  /** Masking must be able to produce a value of the field's type: a scalar, a list, or nullable. */
  private checkPersonalFields(): void {
    for (const type of Object.values(this.schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!this.personalKind(field)) continue;
        const inner = getNullableType(field.type);
        if (isNonNullType(field.type) && !isListType(inner) && !isScalarType(getNamedType(field.type))) {
          throw new Error(`${type.name}.${field.name}: @personal needs a nullable field, a list or a scalar, to be maskable`);
        }
      }
    }
  }
}

/** The base kind of a value whose kind depends on the record it is in (see PersonalKind). */
export function kindOfValue(kind: PersonalKind, parent: Record<string, unknown>): BaseKind | null {
  if (kind === 'IDENTITY_VALUE') return parent.type === 'EMAIL' || parent.type === 'PHONE' ? 'CONTACT' : 'IDENTIFIER';
  if (kind === 'PROFILE_VALUE') return profileKinds[String(parent.attribute)] ?? null;
  return kind;
}

const profileKinds: Record<string, BaseKind> = {
  givenName: 'NAME',
  familyName: 'NAME',
  street: 'ADDRESS',
  postcode: 'ADDRESS',
  birthDate: 'BIRTH_DATE',
};
