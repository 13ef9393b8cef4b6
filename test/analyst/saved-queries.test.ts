import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalystQueryError, runAdHocQuery, runSavedQuery, savedQueries } from '../../src/analyst/saved-queries.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { Ingestion, type IncomingRecord } from '../../src/ingestion/ingest.js';
import { loadSources } from '../../src/ingestion/sources.js';
import { projectRoot } from '../../src/project.js';
import { resetGraph, testGraph, testHasher, testNeo4j } from '../support/graph.js';

const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
const order = (sourceId: string, email: string, channel: string, placedAt: string) =>
  record({
    kind: 'order',
    source: 'shop',
    sourceId,
    email,
    placedAt,
    channel,
    currency: 'GBP',
    lines: [
      { sku: 'SKU-1', quantity: 1, unitPrice: '20.00' },
      { sku: 'SKU-2', quantity: 1, unitPrice: '5.00' },
    ],
  });
const visit = (sourceId: string, email: string, channel: string, at: string) =>
  record({ kind: 'touchpoint', source: 'web', sourceId, email, type: 'PAGE_VIEW', channel, at });
const consent = (sourceId: string, email: string, status: string, at: string) =>
  record({ kind: 'consent', source: 'email', sourceId, email, purpose: 'EMAIL_MARKETING', status, at });

/** Ann uses three channels; Ann and Bob bought the same two products; Cat only browsed. */
const scenario = [
  record({ kind: 'product', source: 'shop', sourceId: 'SKU-1', name: 'Kettle', categoryPath: 'Home > Kitchen' }),
  record({ kind: 'product', source: 'shop', sourceId: 'SKU-2', name: 'Mug', categoryPath: 'Home > Kitchen' }),
  visit('T-1', 'ann@example.com', 'EMAIL', '2026-01-01T10:00:00Z'),
  visit('T-2', 'ann@example.com', 'STORE', '2026-01-02T10:00:00Z'),
  order('O-1', 'ann@example.com', 'WEB', '2026-01-03T10:00:00Z'),
  order('O-2', 'bob@example.com', 'STORE', '2026-01-04T10:00:00Z'),
  visit('T-3', 'cat@example.com', 'WEB', '2026-01-05T10:00:00Z'),
  consent('K-1', 'ann@example.com', 'GRANTED', '2026-01-01T00:00:00Z'),
  consent('K-2', 'bob@example.com', 'GRANTED', '2026-01-01T00:00:00Z'),
  consent('K-3', 'bob@example.com', 'WITHDRAWN', '2026-01-02T00:00:00Z'),
];

describe('analyst Cypher', () => {
  const graph = testGraph();
  const count = async () => await graph.read(cypher.get('test-support/graph-counts'));

  beforeAll(async () => {
    await resetGraph(graph);
    await new Ingestion(graph, loadSources(), loadIdentityRules(), testHasher()).run(scenario);
  });
  afterAll(() => graph.close());

  it('offers at least ten saved queries, each described with its parameters', () => {
    const queries = savedQueries();
    expect(queries.length).toBeGreaterThanOrEqual(10);
    for (const query of queries) {
      expect(query.description.length).toBeGreaterThan(20);
      for (const param of query.params) expect(param.description.length).toBeGreaterThan(5);
    }
  });

  it('answers the saved queries from the graph', async () => {
    const multichannel = await runSavedQuery(graph, 'multichannel-customers', { minChannels: 3 });
    expect(multichannel.rows).toHaveLength(1);
    expect([...(multichannel.rows[0]!.channels as string[])].sort()).toEqual(['EMAIL', 'STORE', 'WEB']);
    const pairs = await runSavedQuery(graph, 'co-purchase-pairs', { minCustomers: 2 });
    expect(pairs.rows).toEqual([{ productA: 'SKU-1', nameA: 'Kettle', productB: 'SKU-2', nameB: 'Mug', customers: 2 }]);
    const coverage = await runSavedQuery(graph, 'consent-coverage', {});
    expect(coverage.rows.find((row) => row.purpose === 'EMAIL_MARKETING')).toEqual({
      purpose: 'EMAIL_MARKETING',
      granted: 1,
      withdrawn: 1,
      unknown: 1,
      grantedPercent: 33.3,
    });
    const paths = await runSavedQuery(graph, 'top-paths-to-purchase', { maxSteps: 5, limit: 10 });
    expect(paths.rows).toEqual([
      { path: ['EMAIL', 'STORE', 'WEB'], customers: 1 },
      { path: ['STORE'], customers: 1 },
    ]);
    const revenue = await runSavedQuery(graph, 'revenue-by-entry-channel', {});
    expect(revenue.rows).toEqual([
      { entryChannel: 'EMAIL', customers: 1, buyers: 1, revenueMinor: 2500 },
      { entryChannel: 'STORE', customers: 1, buyers: 1, revenueMinor: 2500 },
      { entryChannel: 'WEB', customers: 1, buyers: 0, revenueMinor: 0 },
    ]);
  });

  it('runs every saved query with sensible parameters', async () => {
    const params: Record<string, unknown> = {
      maxSteps: 5,
      limit: 10,
      minChannels: 2,
      quietDays: 30,
      minOrders: 1,
      minCustomers: 1,
      since: '2020-01-01T00:00:00Z',
      minSignals: 1,
      minScore: 0.5,
      days: 30,
    };
    for (const query of savedQueries()) {
      const answer = await runSavedQuery(graph, query.name, Object.fromEntries(query.params.map(({ name }) => [name, params[name]])));
      expect(answer.columns.length, query.name).toBeGreaterThan(0);
    }
    await expect(runSavedQuery(graph, 'churn-risk', {})).rejects.toThrow('churn-risk needs $quietDays, $minOrders');
    await expect(runSavedQuery(graph, 'no-such-query', {})).rejects.toThrow(/no saved query named "no-such-query"/);
  });

  it('accepts ad-hoc reads within the row limit and refuses anything Neo4j plans as a write', async () => {
    const many = await runAdHocQuery(graph, 'UNWIND range(1, 5000) AS n RETURN n', {}, { rowLimit: 10, timeoutMs: 10_000 });
    expect(many).toMatchObject({ columns: ['n'], truncated: true });
    expect(many.rows).toHaveLength(10);
    const named = await runAdHocQuery(graph, 'MATCH (c:Customer)-[:HAS_IDENTITY]->(i {value: $email}) RETURN count(c) AS n', {
      email: 'ann@example.com',
    });
    expect(named.rows).toEqual([{ n: 1 }]);

    const before = await count();
    for (const text of [
      'MATCH (c:Customer) SET c.flag = true RETURN c',
      'CREATE (:Customer {id: "intruder"})',
      'MATCH (n) DETACH DELETE n',
      'CREATE INDEX evil FOR (n:X) ON (n.y)',
    ]) {
      await expect(runAdHocQuery(graph, text, {}), text).rejects.toThrow(AnalystQueryError);
    }
    await expect(runAdHocQuery(graph, 'MATCH (c:Customer) SET c.flag = true RETURN c', {})).rejects.toThrow(
      /only read-only queries are accepted; Neo4j plans this one as reading and writing/,
    );
    expect(await count()).toEqual(before);
  });

  it('lists and runs them from the command line', () => {
    const env = { ...process.env, NEO4J_URI: testNeo4j().uri, NEO4J_USER: testNeo4j().user, NEO4J_PASSWORD: testNeo4j().password };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/analyst/cli.ts', ...args], { cwd: projectRoot, env, encoding: 'utf8' });
    expect(run('list').stdout).toContain('--param minChannels=...');
    const csv = run('run', 'co-purchase-pairs', '--param', 'minCustomers=2', '--format', 'csv');
    expect(csv.stdout.trim()).toBe('productA,nameA,productB,nameB,customers\nSKU-1,Kettle,SKU-2,Mug,2');
    const refused = run('query', 'MATCH (n) DETACH DELETE n');
    expect([refused.status, refused.stderr.trim()]).toEqual([1, 'only read-only queries are accepted; Neo4j plans this one as writing']);
  });
});
