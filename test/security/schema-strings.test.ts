import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/api/schema.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, graphql, startTestService, type RunningService } from '../support/service.js';
import { hostileStrings } from './hostile-strings.js';

/** Where a string can enter: an argument of a root field, or a String/ID field of an input type under it. */
interface Position {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  path: string[];
}

const schema = createSchema();

function positions(operation: 'query' | 'mutation', root: GraphQLObjectType): Position[] {
  const found: Position[] = [];
  const walk = (field: GraphQLField<unknown, unknown>, type: GraphQLInputType, path: string[], seen: Set<string>) => {
    const named = getNamedType(type);
    if (named.name === 'String' || named.name === 'ID') found.push({ operation, field, path });
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const inner of Object.values(named.getFields())) walk(field, inner.type, [...path, inner.name], new Set([...seen, named.name]));
  };
  for (const field of Object.values(root.getFields())) for (const arg of field.args) walk(field, arg.type, [arg.name], new Set());
  return found;
}

let unique = 0;
const nextUnique = () => {
  unique += 1;
  return `x${unique}`;
};

/** A value of the type: the hostile string at `path`, the least valid value elsewhere (strings unique, so names never clash). */
function hostileValue(name: string, type: GraphQLInputType, path: string[] | undefined, hostile: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [hostileValue(name, nullable.ofType, path, hostile)];
  if (path?.length === 0) return hostile;
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).filter((field) => field.name === path?.[0] || isNonNullType(field.type));
    return Object.fromEntries(
      fields.map((field) => [
        field.name,
        hostileValue(field.name, field.type, field.name === path?.[0] ? path.slice(1) : undefined, hostile),
      ]),
    );
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (name === 'destination') return 'newsletter-file';
  return (
    ({ Int: 1, Float: 0.5, Boolean: false, DateTime: '2026-01-01T00:00:00Z' } as Record<string, unknown>)[nullable.name] ?? nextUnique()
  );
}

/** Optional arguments a field needs to get past its first check: exports only as dry runs, a segment needs members. */
const companions: Record<string, Record<string, unknown>> = {
  activate: { dryRun: true },
  createSegment: { customerIds: ['C-none'] },
};

/** One request per position: every hostile string in its own aliased call, each with its own variables. */
function probe({ operation, field, path }: Position) {
  const extra = Object.entries(companions[field.name] ?? {}).filter(([name]) => !(name === 'customerIds' && path[0] === 'filter'));
  const args = field.args.filter((arg) => arg.name === path[0] || isNonNullType(arg.type) || extra.some(([name]) => name === arg.name));
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const calls = hostileStrings.map((hostile, n) => {
    for (const arg of args) {
      const companion = extra.find(([name]) => name === arg.name && name !== path[0]);
      variables[`${arg.name}${n}`] = companion
        ? companion[1]
        : hostileValue(arg.name, arg.type, arg.name === path[0] ? path.slice(1) : undefined, hostile);
      declarations.push(`$${arg.name}${n}: ${String(arg.type)}`);
    }
    const given = args.map((arg) => `${arg.name}: $${arg.name}${n}`).join(', ');
    return `h${n}: ${field.name}${given ? `(${given})` : ''}${selection}`;
  });
  return { query: `${operation} Probe(${declarations.join(', ')}) { ${calls.join(' ')} }`, variables };
}

/** What went wrong with one position: masked or unexpected errors; a bad-argument error naming its argument is fine. */
async function unexpectedErrors(url: string, position: Position): Promise<string[]> {
  const { query, variables } = probe(position);
  const { status, body } = await graphql(url, query, variables);
  const where = `${position.operation} ${position.field.name} ${position.path.join('.')}`;
  if (status !== 200) return [`${where}: HTTP ${status} ${JSON.stringify(body.errors)}`];
  return (body.errors ?? [])
    .filter((error) => error.extensions?.code !== 'BAD_USER_INPUT' || !error.message.startsWith(`${error.extensions.argument}: `))
    .map((error) => `${where}: ${error.message} ${JSON.stringify(error.extensions)}`);
}

describe('hostile strings in every string argument and input field', () => {
  let service: RunningService;
  const counts = async () => (await service.graph.read(cypher.get('test-support/graph-counts')))[0];

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    await answer(
      service.url,
      `mutation {
      ingestProducts(source: "shop", records: [{sourceId: "SKU-1", name: "Kettle", categoryPath: ["Home", "Kitchen"], price: "30.00", currency: "GBP"}]) { accepted }
      ingestCustomers(source: "crm", records: [{sourceId: "C-1", email: "ann@example.com", givenName: "Ann", familyName: "Smith", city: "London"}]) { accepted }
    }`,
    );
  });
  afterAll(() => service.stop());

  it('finds the string positions of the schema', () => {
    const queries = positions('query', schema.getQueryType()!);
    const mutations = positions('mutation', schema.getMutationType()!);
    expect(queries.map((p) => `${p.field.name}.${p.path.join('.')}`)).toEqual(
      expect.arrayContaining(['customerByIdentity.value', 'search.text', 'audience.filter.profile.familyName']),
    );
    expect(mutations.map((p) => `${p.field.name}.${p.path.join('.')}`)).toEqual(
      expect.arrayContaining(['ingestCustomers.records.givenName', 'ingestSocialSignals.records.text', 'createSegment.name']),
    );
  });

  it('reads: no unexpected error anywhere, and nothing written', async () => {
    const before = await counts();
    const problems: string[] = [];
    for (const position of positions('query', schema.getQueryType()!)) problems.push(...(await unexpectedErrors(service.url, position)));
    expect(problems).toEqual([]);
    expect(await counts()).toEqual(before);
  }, 600_000);

  it('writes: no unexpected error anywhere, and the graph keeps what it had', async () => {
    const problems: string[] = [];
    for (const position of positions('mutation', schema.getMutationType()!))
      problems.push(...(await unexpectedErrors(service.url, position)));
    expect(problems).toEqual([]);
    const ann = await answer(
      service.url,
      `{ customerByIdentity(type: EMAIL, value: "ann@example.com") { givenName familyName city } product(sku: "SKU-1") { name } }`,
    );
    expect(ann).toEqual({ customerByIdentity: { givenName: 'Ann', familyName: 'Smith', city: 'London' }, product: { name: 'Kettle' } });
  }, 600_000);
});
