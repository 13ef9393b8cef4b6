import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** DateTime: ISO-8601 in UTC with milliseconds, whatever precision Neo4j stored. */
function toIsoInstant(value: unknown): string {
  const date = typeof value === 'string' || value instanceof Date ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime must be an ISO-8601 date-time, got ${JSON.stringify(value)}`);
  return date.toISOString();
}

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: toIsoInstant,
  parseValue: toIsoInstant,
  parseLiteral: (ast) => toIsoInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});
