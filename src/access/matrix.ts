import { isInputObjectType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { roles } from './caller.js';
import { baseKinds, type AccessPolicy } from './policy.js';

/**
 * The role matrix of docs/security.md, written from the schema's @allow and @personal and from
 * rules/personal-data.yaml, so the document cannot drift from what is enforced (a test compares).
 */
export function roleMatrix(schema: GraphQLSchema, policy: AccessPolicy): string {
  const mark = (yes: boolean) => (yes ? '✓' : '·');
  const header = `| | ${roles.join(' | ')} |\n|---|${roles.map(() => '---').join('|')}|`;
  const restricted: string[] = [];
  const personal: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if ((!isObjectType(type) && !isInputObjectType(type)) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const allowed = policy.allowedRoles(field);
      if (allowed) restricted.push(`| \`${type.name}.${field.name}\` | ${roles.map((role) => mark(allowed.includes(role))).join(' | ')} |`);
      const kind = isObjectType(type) ? policy.personalKind(field as GraphQLField<unknown, unknown>) : undefined;
      if (kind) personal.push(`\`${type.name}.${field.name}\` (${kind})`);
    }
  }
  const kinds = baseKinds.map((kind) => `| ${kind} | ${roles.map((role) => mark(policy.sees(role, kind))).join(' | ')} |`);
  return [
    '**Who may use what** (✓ allowed; input fields are filters; a request using anything else is refused whole with 403):',
    '',
    header,
    ...restricted,
    '',
    '**Which personal data each role sees** (· means masked: null, `[masked]`, or a pseudonym for customer ids):',
    '',
    header,
    ...kinds,
    '',
    `Personal fields: ${personal.join(', ')}. IDENTITY_VALUE is CONTACT for emails and phones, IDENTIFIER otherwise; PROFILE_VALUE is the kind of the attribute it belongs to.`,
  ].join('\n');
}
