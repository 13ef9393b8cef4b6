import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../src/demo/demo-data.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { createLogger } from '../../src/observability/log.js';
import { emptyGraph, resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { authorised, graphql, startTestService, type RunningService } from '../support/service.js';

describe('the service over HTTP', () => {
  let service: RunningService;

  let amelie: string;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    const record = {
      kind: 'customer',
      source: 'crm',
      sourceId: 'C-1',
      givenName: 'Amélie',
      familyName: 'LAURENT',
      country: 'France',
      email: 'amelie.laurent@example.com',
      phone: '06 12 34 56 78',
      crmId: 'CRM-10001',
    };
    const [result] = (await service.ingestion.ingestBatch([{ original: record, fields: record }])).results;
    amelie = result!.customerId!;
  });
  afterAll(() => service.stop());

  it('answers { __typename }', async () => {
    const { status, body } = await graphql(service.url, '{ __typename }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves a customer with its identities from the graph', async () => {
    const query = 'query One($id: ID!) { customer(id: $id) { id givenName familyName country identities { type value } createdAt } }';
    const { body } = await graphql(service.url, query, { id: amelie });
    expect(body.errors).toBeUndefined();
    expect(body.data.customer).toMatchObject({
      id: amelie,
      givenName: 'Amélie',
      familyName: 'Laurent',
      country: 'FR',
      identities: [
        { type: 'CRM_ID', value: 'CRM-10001' },
        { type: 'EMAIL', value: 'amelie.laurent@example.com' },
        { type: 'PHONE', value: '+33612345678' },
      ],
    });
    expect(body.data.customer.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('returns null for an id no customer has', async () => {
    const { body } = await graphql(service.url, '{ customer(id: "c-none") { id } }');
    expect(body).toEqual({ data: { customer: null } });
  });

  it('rejects an invalid query with a GraphQL error naming the problem', async () => {
    const { status, body } = await graphql(service.url, '{ customer { id } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].message).toMatch(/argument "id" of type "ID!" is required/);
  });

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${service.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${service.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('tags every log line of a request with its id, echoed in the response', async () => {
    const { headers } = await graphql(service.url, 'query Traced { __typename }', undefined, { 'x-request-id': 'trace-123' });
    expect(headers.get('x-request-id')).toBe('trace-123');
    const lines = service.logLines.filter((line) => line.requestId === 'trace-123');
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', method: 'POST', url: '/graphql', status: 200 }));

    const generated = await fetch(`${service.url}/healthz`, { headers: { 'x-request-id': 'not a valid id!' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('exposes Prometheus metrics per operation and per Cypher statement', async () => {
    await graphql(service.url, `query Measured { customer(id: "${amelie}") { identities { value } } }`);
    expect((await fetch(`${service.url}/metrics`)).status).toBe(401);
    const response = await fetch(`${service.url}/metrics`, { headers: await authorised('INGEST') });
    const text = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(text).toContain('graphql_operations_total{operation="Measured",type="query",outcome="ok"} 1');
    expect(text).toMatch(/graphql_operation_duration_seconds_count\{operation="Measured",type="query"\} 1/);
    expect(text).toMatch(/neo4j_query_duration_seconds_count\{statement="customers\/360",outcome="ok"\} \d+/);
    expect(text).toMatch(/http_requests_total\{route="\/graphql",status="200"\} \d+/);
  });

  it('reports not ready while a migration is missing', async () => {
    await emptyGraph(service.graph);
    const response = await fetch(`${service.url}/readyz`);
    expect(response.status).toBe(503);
    const missing = cypher
      .under('migrations')
      .map((migration) => `${migration.name} is not applied`)
      .join('; ');
    expect(await response.json()).toEqual({ status: 'not ready', reason: `migrations: ${missing}` });
    await resetGraph(service.graph);
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
  });

  it('loads the generated demo data only into an empty graph', async () => {
    await resetGraph(service.graph);
    expect(await loadDemoData(service.graph, service.ingestion, createLogger('silent'), 20)).toBe(true);
    const [{ customers }] = (await service.graph.read(cypher.get('demo/customer-count'))) as [{ customers: number }];
    expect(customers).toBeGreaterThan(15);
    expect(await loadDemoData(service.graph, service.ingestion, createLogger('silent'), 20)).toBe(false);
  });
});
