import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleMatrix } from '../../src/access/matrix.js';
import { projectRoot } from '../../src/project.js';
import { roles } from '../../src/access/caller.js';
import { AccessPolicy, loadClearance } from '../../src/access/policy.js';
import { createSchema } from '../../src/api/schema.js';
import type { Role } from '../../src/api/schema-types.generated.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { authorised, graphql, startTestService, type RunningService } from '../support/service.js';

const schema = createSchema();
const policy = new AccessPolicy(schema, loadClearance());
const rootFields = (['Query', 'Mutation'] as const).flatMap((typeName) =>
  Object.values((schema.getType(typeName) as GraphQLObjectType).getFields()).map((field) => ({ typeName, field })),
);

/** A value of an input type that passes GraphQL's own validation (the resolver may still refuse it). */
function sample(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  return ({ Int: 1, Float: 1, Boolean: true, DateTime: '2026-01-01T00:00:00Z' } as Record<string, unknown>)[inner.name] ?? 'nobody';
}

/** The smallest operation that selects one root field, with every required argument. */
function operationFor(typeName: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type));
  const declared = required.map((arg, n) => `$a${n}: ${String(arg.type)}`).join(', ');
  const passed = required.map((arg, n) => `${arg.name}: $a${n}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `${typeName === 'Query' ? 'query' : 'mutation'}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  return { query, variables: Object.fromEntries(required.map((arg, n) => [`a${n}`, sample(arg.type)])) };
}

describe('the role matrix', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
  });
  afterAll(() => service.stop());

  it('has a decision for every root field: none is open by default', () => {
    const undecided = rootFields
      .filter(({ field }) => !policy.allowedRoles(field))
      .map(({ typeName, field }) => `${typeName}.${field.name}`);
    expect(undecided).toEqual([]);
    expect(rootFields.length).toBeGreaterThan(30);
  });

  for (const { typeName, field } of rootFields) {
    it(`${typeName}.${field.name}: allowed exactly for ${policy.allowedRoles(field)?.join(', ')}`, async () => {
      const { query, variables } = operationFor(typeName, field);
      for (const role of roles) {
        const { status, body } = await graphql(service.url, query, variables, await authorised(role));
        const codes = (body.errors ?? []).map((error) => error.extensions?.code);
        if (policy.allowedRoles(field)!.includes(role)) {
          expect({ role, status, codes }).not.toMatchObject({ status: 403 });
          expect(codes, `${role} ${query}`).not.toContain('FORBIDDEN');
        } else {
          expect({ role, status, code: codes[0] }).toEqual({ role, status: 403, code: 'FORBIDDEN' });
          expect(body.errors![0].message).toContain(`${typeName}.${field.name}`);
        }
      }
    });
  }

  it('refuses a restricted nested field, also when it hides in a fragment', async () => {
    const query = 'query { customers(first: 1) { nodes { ...Records } } } fragment Records on Customer { sourceRecords { totalCount } }';
    for (const role of ['SALES', 'MARKETING'] satisfies Role[]) {
      const { status, body } = await graphql(service.url, query, {}, await authorised(role));
      expect(status).toBe(403);
      expect(body.errors![0].extensions.fields).toEqual(['Customer.sourceRecords']);
    }
    expect((await graphql(service.url, query, {}, await authorised('SERVICE'))).body.errors).toBeUndefined();
  });

  it('refuses a filter on a field the role may not filter by, written inline or passed in variables', async () => {
    const inline = '{ audience(filter: {all: [{profile: {country: "GB"}}, {profile: {familyName: "Lee"}}]}) { totalCount } }';
    const variable = 'query($filter: AudienceFilter!) { audience(filter: $filter) { totalCount } }';
    const filter = { any: [{ not: { profile: { familyName: 'Lee' } } }] };
    for (const [query, variables] of [
      [inline, {}],
      [variable, { filter }],
    ] as const) {
      const analyst = await graphql(service.url, query, variables, await authorised('ANALYST'));
      expect(analyst.status).toBe(403);
      expect(analyst.body.errors![0].extensions.fields).toEqual(['ProfileCondition.familyName']);
      expect((await graphql(service.url, query, variables, await authorised('MARKETING'))).body.data.audience.totalCount).toBe(0);
    }
    const byCountry = await graphql(service.url, variable, { filter: { profile: { country: 'GB' } } }, await authorised('ANALYST'));
    expect(byCountry.body).toEqual({ data: { audience: { totalCount: 0 } } });
  });
});

describe('docs/security.md', () => {
  it('shows the role matrix that is enforced', () => {
    const page = readFileSync(join(projectRoot, 'docs', 'security.md'), 'utf8');
    const copy = /<!-- role-matrix -->\n([\s\S]*?)\n<!-- \/role-matrix -->/.exec(page)?.[1];
    expect(copy).toBe(roleMatrix(schema, policy));
  });
});
