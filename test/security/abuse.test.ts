import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, graphql, startTestService, type RunningService, statementsRun } from '../support/service.js';

const nested = (levels: number) =>
  `query Deep($id: ID!) { customer(id: $id) { ${'related { customer { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;
const aliasBomb = `query Bomb { ${Array.from({ length: 500 }, (_, n) => `a${n}: customer(id: "C") { id }`).join(' ')} }`;
const costly = `query Costly { customers(first: 100) { nodes { orders(first: 100) { nodes { lines { product { buyers(first: 100) { nodes { id } } } } } } } } }`;
const manyTokens = `query Tokens { ${'__typename '.repeat(20_001)}}`;
const manyDirectives = `query Directives { __typename ${'@include(if: true) '.repeat(51)}}`;

/** Abusive documents are refused by the limits before anything runs, with an error that names the limit. */
describe('abuse over HTTP', () => {
  let service: RunningService;
  let customerId: string;

  const normalQuery = `query Normal($id: ID!) { customer(id: $id) { id givenName } }`;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    const data = await answer(
      service.url,
      `mutation { ingestCustomers(source: "crm", records: [{sourceId: "C-1", email: "ann@example.com", givenName: "Ann"}]) { records { customerId } } }`,
    );
    customerId = data.ingestCustomers.records[0].customerId;
  });
  afterAll(() => service.stop());

  const refusals = [
    {
      name: 'a deep query',
      query: () => nested(8),
      message: 'Query depth limit of 12 exceeded, found 18 (GRAPHQL_MAX_DEPTH).',
      limit: 'depth',
    },
    {
      name: 'an alias bomb',
      query: () => aliasBomb,
      message: 'Aliases limit of 30 exceeded, found 500 (GRAPHQL_MAX_ALIASES).',
      limit: 'aliases',
    },
    {
      name: 'a costly query',
      query: () => costly,
      message: /^Query cost limit of 100000 exceeded, found \d{7,} \(GRAPHQL_MAX_COST\)\.$/,
      limit: 'cost',
    },
    {
      name: 'a document of too many tokens',
      query: () => manyTokens,
      message: 'Token limit of 20000 exceeded (GRAPHQL_MAX_TOKENS).',
      limit: 'tokens',
    },
    {
      name: 'too many directives',
      query: () => manyDirectives,
      message: 'Directives limit of 50 exceeded, found 51 (GRAPHQL_MAX_DIRECTIVES).',
      limit: 'directives',
    },
  ];

  for (const { name, query, message, limit } of refusals) {
    it(`refuses ${name} before any statement runs, naming the limit`, async () => {
      const before = await statementsRun(service);
      const { status, body } = await graphql(service.url, query(), { id: customerId });
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      const refusal = body.errors!.find((error) => error.extensions?.limit === limit);
      expect(refusal?.extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
      if (typeof message === 'string') expect(refusal?.message).toBe(message);
      else expect(refusal?.message).toMatch(message);
      expect(await statementsRun(service)).toBe(before);
    });

    it(`answers a normal query sent while ${name} is refused`, async () => {
      const [refused, normal] = await Promise.all([
        graphql(service.url, query(), { id: customerId }),
        graphql(service.url, normalQuery, { id: customerId }),
      ]);
      expect(refused.body.errors!.some((error) => error.extensions?.limit === limit)).toBe(true);
      expect(normal.body).toEqual({ data: { customer: { id: customerId, givenName: 'Ann' } } });
    });
  }

  it('admits the same shapes within the limits', async () => {
    const withinDepth = await graphql(service.url, nested(2), { id: customerId });
    expect(withinDepth.body).toEqual({ data: { customer: { related: [] } } });
    const fewAliases = await graphql(service.url, `query Few($id: ID!) { a: customer(id: $id) { id } b: customer(id: $id) { id } }`, {
      id: customerId,
    });
    expect(fewAliases.body).toEqual({ data: { a: { id: customerId }, b: { id: customerId } } });
  });

  describe('an oversized body', () => {
    const limit = 2 * 1024 * 1024;
    const oversized = () => JSON.stringify({ query: normalQuery, variables: { id: customerId, padding: 'x'.repeat(limit) } });
    const expectRefusal = async (response: Response) => {
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: `Request body too large: at most ${limit} bytes (REQUEST_BODY_LIMIT_BYTES).`,
            extensions: { code: 'PAYLOAD_TOO_LARGE', limit },
          },
        ],
      });
    };

    it('is refused with 413 on its Content-Length, before any statement runs', async () => {
      const before = await statementsRun(service);
      await expectRefusal(
        await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: oversized() }),
      );
      expect(await statementsRun(service)).toBe(before);
    });

    it('is cut off with 413 when streamed without a Content-Length', async () => {
      const bytes = new TextEncoder().encode(oversized());
      const chunks = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.slice(at, at + 64 * 1024));
          controller.close();
        },
      });
      const before = await statementsRun(service);
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: chunks,
        duplex: 'half',
      } as RequestInit);
      await expectRefusal(response);
      expect(await statementsRun(service)).toBe(before);
    });

    it('does not stop a normal query sent at the same time', async () => {
      const [refused, normal] = await Promise.all([
        fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: oversized() }),
        graphql(service.url, normalQuery, { id: customerId }),
      ]);
      await expectRefusal(refused);
      expect(normal.body).toEqual({ data: { customer: { id: customerId, givenName: 'Ann' } } });
    });
  });
});
