import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedQueries } from '../../src/analyst/saved-queries.js';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, authorised, graphql, startTestService, type RunningService } from '../support/service.js';

const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });

/** Parameters loose enough that every saved query has rows on the scenario below. */
const loose: Record<string, unknown> = {
  days: 0,
  limit: 10,
  maxSteps: 5,
  minChannels: 1,
  minCustomers: 1,
  minOrders: 1,
  minScore: 0.5,
  minSignals: 1,
  quietDays: 0,
  since: '2000-01-01T00:00:00Z',
};

/** Zoe and Yann, with names, orders on two channels, a post each, and a consent. */
const people = [
  ['zoe@example.com', 'Zoe', 'Quartermaine'],
  ['yann@example.com', 'Yann', 'Kowalczyk'],
] as const;
const scenario = [
  record({ kind: 'product', source: 'shop', sourceId: 'SKU-1', name: 'Kettle', categoryPath: 'Home > Kitchen' }),
  record({ kind: 'product', source: 'shop', sourceId: 'SKU-2', name: 'Mug', categoryPath: 'Home > Kitchen' }),
  ...people.flatMap(([email, givenName, familyName], n) => [
    record({ kind: 'customer', source: 'crm', sourceId: `C-${n}`, email, givenName, familyName }),
    record({
      kind: 'touchpoint',
      source: 'web',
      sourceId: `T-${n}`,
      email,
      type: 'PAGE_VIEW',
      channel: 'EMAIL',
      at: '2026-01-01T10:00:00Z',
    }),
    record({
      kind: 'order',
      source: 'shop',
      sourceId: `O-${n}`,
      email,
      placedAt: '2026-01-03T10:00:00Z',
      channel: 'WEB',
      currency: 'GBP',
      lines: [
        { sku: 'SKU-1', quantity: 1, unitPrice: '20.00' },
        { sku: 'SKU-2', quantity: 1, unitPrice: '5.00' },
      ],
    }),
    record({
      kind: 'socialSignal',
      source: 'social',
      sourceId: `S-${n}`,
      email,
      type: 'POST',
      platform: 'instagram',
      text: 'my kettle',
      sentiment: 0.8,
      at: '2026-01-04T10:00:00Z',
      skus: ['SKU-1'],
    }),
    record({
      kind: 'consent',
      source: 'email',
      sourceId: `K-${n}`,
      email,
      purpose: 'EMAIL_MARKETING',
      status: 'GRANTED',
      at: '2026-01-01T00:00:00Z',
    }),
  ]),
];

const run = `query Run($name: String!, $parameters: String) { runSavedQuery(name: $name, parameters: $parameters) { columns rows truncated } }`;

describe('saved analyst queries over the API', () => {
  let service: RunningService;
  let customerIds: string[];

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    await service.ingestion.run(scenario);
    customerIds = (await answer(service.url, '{ customers(first: 10) { nodes { id } } }')).customers.nodes.map(
      (node: { id: string }) => node.id,
    );
  });
  afterAll(() => service.stop());

  const runAll = async (role: 'ANALYST' | 'ADMIN') =>
    Promise.all(
      savedQueries().map(async (query) => {
        const parameters = JSON.stringify(Object.fromEntries(query.params.map(({ name }) => [name, loose[name]])));
        const { runSavedQuery } = await answer(service.url, run, { name: query.name, parameters }, role);
        return {
          name: query.name,
          personal: query.personalColumns.length > 0,
          rows: JSON.parse(runSavedQuery.rows) as Record<string, unknown>[],
        };
      }),
    );

  it('never shows the analyst a name, an email or a customer id, in any saved query', async () => {
    const answers = await runAll('ANALYST');
    expect(answers.length).toBeGreaterThanOrEqual(10);
    const everything = JSON.stringify(answers);
    for (const secret of [...people.flat(), ...customerIds]) expect(everything).not.toContain(secret);
    const withPeople = answers.filter((a) => a.personal && a.rows.length > 0);
    expect(withPeople.map((a) => a.name).sort()).toEqual([
      'churn-risk',
      'influential-customers',
      'multichannel-customers',
      'stale-profiles',
    ]);
    for (const { rows } of withPeople) {
      expect(rows.every((row) => String(row.customer).startsWith('anon_') && row.givenName === null && row.familyName === null)).toBe(true);
    }
  });

  it('shows an admin the same rows whole, and audits the personal columns read', async () => {
    const churn = (await runAll('ADMIN')).find((a) => a.name === 'churn-risk')!;
    expect(churn.rows.map((row) => row.givenName).sort()).toEqual(['Yann', 'Zoe']);
    expect(churn.rows.map((row) => row.customer).sort()).toEqual([...customerIds].sort());
    const log = await answer(
      service.url,
      `{ auditLog(actor: "test-admin", action: READ, first: 20) { nodes { fields customers { customerId } } } }`,
    );
    const churnRead = log.auditLog.nodes.find((entry: { fields: string[] }) => entry.fields.includes('analyst/churn-risk.givenName'));
    expect(churnRead.customers.map((c: { customerId: string }) => c.customerId).sort()).toEqual([...customerIds].sort());
  });

  it('names a bad argument: an unknown query, parameters that are not JSON, a missing parameter', async () => {
    const error = async (variables: Record<string, unknown>) =>
      (await graphql(service.url, run, variables, await authorised('ANALYST'))).body.errors![0];
    expect(await error({ name: 'drop-everything' })).toMatchObject({ extensions: { argument: 'name' } });
    expect(await error({ name: 'churn-risk', parameters: '{not json' })).toMatchObject({ extensions: { argument: 'parameters' } });
    expect((await error({ name: 'churn-risk', parameters: '{}' })).message).toBe('parameters: churn-risk needs $quietDays, $minOrders');
  });
});
