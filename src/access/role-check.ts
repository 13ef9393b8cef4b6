import type { Plugin } from 'graphql-yoga';
import { GraphQLError, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Role } from '../api/schema-types.generated.js';
import type { AccessPolicy } from './policy.js';
import type { RequestAccess } from './request-access.js';

/**
 * Before anything runs, every field a request selects (through fragments too) is checked against
 * the caller's role. Fields of Query and Mutation without @allow are closed to everyone, so a new
 * root field is unusable until someone decides who may use it. One refused field refuses the whole
 * request with HTTP 403, naming the fields, so a client never gets half an answer silently.
 */
export function useRoleCheck(policy: AccessPolicy): Plugin<{ access: RequestAccess }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const role = (args.contextValue as { access: RequestAccess }).access.caller.role;
      const refused = refusedFields(args.schema, args.document, role, policy);
      if (refused.length > 0) setResultAndStopExecution({ errors: [forbidden(role, refused)] });
    },
  };
}

export function refusedFields(schema: GraphQLSchema, document: DocumentNode, role: Role, policy: AccessPolicy): string[] {
  const typeInfo = new TypeInfo(schema);
  const refused = new Set<string>();
  const rootTypes = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  visit(document, visitWithTypeInfo(typeInfo, {
    Field() {
      const field = typeInfo.getFieldDef();
      const parent = typeInfo.getParentType();
      if (!field || !parent || field.name.startsWith('__')) return;
      const allowed = policy.allowedRoles(field);
      const open = allowed === undefined && !rootTypes.has(parent.name);
      if (!open && !allowed?.includes(role)) refused.add(`${parent.name}.${field.name}`);
    },
  }));
  return [...refused];
}

function forbidden(role: Role, fields: string[]): GraphQLError {
  return new GraphQLError(`Forbidden: the ${role} role may not use ${fields.join(', ')}.`, {
    extensions: { code: 'FORBIDDEN', fields, http: { status: 403 } },
  });
}
