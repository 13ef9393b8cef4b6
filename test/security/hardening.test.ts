import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarios } from '../../bench/api/scenarios.js';
import { csrfHeader, readPersistedOperations } from '../../src/api/hardening.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { CypherLibrary } from '../../src/graph/cypher-library.js';
import { projectRoot } from '../../src/project.js';
import { holdOpen, resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, authorised, graphql, startTestService, type RunningService } from '../support/service.js';
import { productionCredentials } from '../support/jwks.js';

const fixtures = CypherLibrary.load(join(projectRoot, 'test', 'fixtures', 'cypher'));
const ingestAnn = `mutation Ingest($email: String!, $id: String!) { ingestCustomers(source: "crm", records: [{sourceId: $id, email: $email, givenName: "Ann"}]) { accepted records { customerId status } } }`;

describe('with the default limits', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
  });
  afterAll(() => service.stop());

  it('admits every benchmark query of bench/api, the 360 among them', async () => {
    for (const scenario of scenarios(['C-none'])) {
      const { body } = await graphql(service.url, scenario.query, scenario.variables(0));
      expect({ scenario: scenario.name, errors: body.errors }).toEqual({ scenario: scenario.name, errors: undefined });
    }
  });

  it('reads an ingest mutation of 1000 records, the most one call takes, whole', async () => {
    const records = Array.from({ length: 1000 }, (_, n) => ({
      sourceId: `CRM-${n}`,
      email: `person.number.${n}@example.com`,
      phone: '+44 20 7946 0018',
      givenName: 'Annabelle',
      familyName: 'Montgomery-Smith',
      street: '221B Baker Street, Marylebone',
      city: 'London',
      postcode: 'NW1 6XE',
      region: 'Greater London',
      country: 'GB',
      birthDate: '1980-02-29',
    }));
    const query = `mutation Many($source: String!, $records: [CustomerRecordInput!]!) { ingestCustomers(source: $source, records: $records) { rejected records { reasons } } }`;
    // About 290 kB, a quarter of the 2 MiB default at most. An unknown source rejects every record
    // before the database, which is enough to show the whole body was read and parsed.
    expect(Buffer.byteLength(JSON.stringify({ query, variables: { source: 'nowhere', records } }))).toBeLessThan(
      testConfig().REQUEST_BODY_LIMIT_BYTES / 4,
    );
    const data = await answer(service.url, query, { source: 'nowhere', records });
    expect(data.ingestCustomers.rejected).toBe(1000);
    expect(data.ingestCustomers.records[999].reasons).toEqual(['source: unknown source "nowhere" (no sources/nowhere.yaml)']);
  });

  it('refuses a page of more than 100 with a clear bad-argument error', async () => {
    const { body } = await graphql(service.url, `{ customers(first: 101) { nodes { id } } }`);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'first: must be between 1 and 100, got 101',
        extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
      }),
    ]);
    const people = Array.from({ length: 101 }, (_, n) => ({
      kind: 'customer',
      source: 'crm',
      sourceId: `P-${n}`,
      email: `p${n}@example.com`,
    }));
    await service.ingestion.run(people.map((fields) => ({ original: fields, fields })));
    const page = (await answer(service.url, `{ customers(first: 100) { nodes { id } pageInfo { hasNextPage } } }`)).customers;
    expect([page.nodes.length, page.pageInfo.hasNextPage]).toEqual([100, true]);
  });

  it('answers introspection outside production', async () => {
    expect((await answer(service.url, `{ __schema { queryType { name } } }`)).__schema.queryType.name).toBe('Query');
  });

  describe('CSRF prevention', () => {
    const query = encodeURIComponent('{ __typename }');
    it('refuses a GET without the CSRF header, which a browser cannot add to a simple request', async () => {
      // With a valid token, so that only the CSRF rule can refuse it (without one it would be 401 first).
      const response = await fetch(`${service.url}/graphql?query=${query}`, {
        headers: { accept: 'application/json', ...(await authorised()) },
      });
      expect(response.status).toBe(403);
      expect((await response.json()).errors[0].message).toBe('Required CSRF header(s) not present');
    });

    it('refuses a form POST without the header', async () => {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(await authorised()) },
        body: `query=${query}`,
      });
      expect(response.status).toBe(403);
    });

    it('answers a GET that carries the header, and a JSON POST (which a browser must preflight)', async () => {
      const response = await fetch(`${service.url}/graphql?query=${query}`, {
        headers: { accept: 'application/json', [csrfHeader]: '1', ...(await authorised()) },
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
      expect(await answer(service.url, '{ __typename }')).toEqual({ __typename: 'Query' });
    });
  });
});

describe('in production mode', () => {
  let service: RunningService;
  let credentials: Awaited<ReturnType<typeof productionCredentials>>;
  beforeAll(async () => {
    credentials = await productionCredentials();
    service = await startTestService(testConfig({ NODE_ENV: 'production', ...credentials.env }), testNeo4j());
  });
  afterAll(async () => {
    await service.stop();
    credentials.close();
  });

  it('refuses introspection and still answers queries', async () => {
    const asAdmin = { authorization: credentials.authorization };
    const { status, body } = await graphql(service.url, `{ __schema { types { name } } }`, {}, asAdmin);
    expect(status).toBe(400);
    expect(body.errors![0].message).toBe(
      'GraphQL introspection has been disabled, but the requested query contained the field "__schema".',
    );
    expect((await graphql(service.url, '{ __typename }', {}, asAdmin)).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves no GraphiQL page to a browser', async () => {
    const response = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html', [csrfHeader]: '1' } });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(await response.text()).not.toMatch(/graphiql/i);
  });
});

describe('persisted operations only', () => {
  const document = `query Hello { __typename }`;
  const hash = createHash('sha256').update(document).digest('hex');
  let service: RunningService;
  const send = async (body: unknown) =>
    fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(await authorised()) },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'persisted-')), 'operations.json');
    writeFileSync(file, JSON.stringify({ [hash]: document }));
    service = await startTestService(testConfig({ PERSISTED_OPERATIONS_FILE: file, PERSISTED_OPERATIONS_ONLY: 'true' }), testNeo4j());
  });
  afterAll(() => service.stop());

  it('needs a store to accept only persisted operations, and a store that is a JSON object of documents', () => {
    expect(() => loadConfig({ PERSISTED_OPERATIONS_ONLY: 'true' })).toThrow(
      new ConfigError('Invalid configuration:\n  PERSISTED_OPERATIONS_FILE: required when PERSISTED_OPERATIONS_ONLY is true'),
    );
    const file = join(mkdtempSync(join(tmpdir(), 'persisted-')), 'operations.json');
    writeFileSync(file, JSON.stringify([document]));
    expect(() => readPersistedOperations(file)).toThrow(
      `PERSISTED_OPERATIONS_FILE ${file}: expected a JSON object of operation id to GraphQL document`,
    );
  });

  it('runs an operation of the store by its hash', async () => {
    const response = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses an arbitrary document, and an unknown hash, with clear errors', async () => {
    const arbitrary = await (await send({ query: document })).json();
    expect(arbitrary.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Only persisted operations are accepted/),
      extensions: { code: 'PERSISTED_QUERY_ONLY' },
    });
    const unknown = await (await send({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } })).json();
    expect(unknown.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Persisted operation not found/),
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
  });
});

describe('the request deadline', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService(testConfig({ REQUEST_TIMEOUT_MS: '2000' }), testNeo4j());
    await resetGraph(service.graph);
    const fields = { kind: 'customer', source: 'crm', sourceId: 'C-1', email: 'held@example.com', givenName: 'Ann' };
    await service.ingestion.run([{ original: fields, fields }]);
  });
  afterAll(() => service.stop());

  it('ends a request whose transaction waits past it with a clear error, and the server answers after', async () => {
    // Another transaction write-locks Ann's email, so an import mentioning it waits for the lock.
    const holding = await holdOpen(service.graph, fixtures.get('locks/hold-identity'), { type: 'EMAIL', value: 'held@example.com' });
    try {
      expect(holding.rows).toEqual([{ held: 1 }]);
      const { body } = await graphql(service.url, ingestAnn, { email: 'held@example.com', id: 'C-2' });
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'Request timeout: the request ran out of time during a database transaction (REQUEST_TIMEOUT_MS is 2000).',
          extensions: { code: 'REQUEST_TIMEOUT' },
        }),
      ]);
    } finally {
      await holding.release();
    }
    const after = await answer(
      service.url,
      `{ customerByIdentity(type: EMAIL, value: "held@example.com") { givenName sourceRecords { totalCount } } }`,
    );
    expect(after.customerByIdentity).toEqual({ givenName: 'Ann', sourceRecords: { totalCount: 1 } });
  });
});
