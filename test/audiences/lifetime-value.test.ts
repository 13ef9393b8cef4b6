import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, startTestService, type RunningService } from '../support/service.js';

const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
const order = (sourceId: string, currency: string, unitPrice: string) =>
  record({
    kind: 'order',
    source: 'shop',
    sourceId,
    email: 'gus@example.com',
    placedAt: '2026-03-01T10:00:00Z',
    channel: 'WEB',
    currency,
    lines: [{ sku: 'KET', quantity: 1, unitPrice }],
  });

/** Gus paid twice 10.00 GBP and once 500.00 EUR: his lifetime value is 20.00, in the currency most of his orders used. */
describe('lifetime value in audiences', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    await service.ingestion.run([
      record({ kind: 'product', source: 'shop', sourceId: 'KET', name: 'Kettle', categoryPath: 'Home > Kitchen' }),
      order('O-1', 'GBP', '10.00'),
      order('O-2', 'GBP', '10.00'),
      order('O-3', 'EUR', '500.00'),
    ]);
  });
  afterAll(() => service.stop());

  it('is measured as the customer 360 measures it, never summing currencies', async () => {
    const query =
      'query($metrics: MetricsCondition!) { audience(filter: {metrics: $metrics}) { nodes { metrics { lifetimeValue { amount currency } } } } }';
    const atMost50 = await answer(service.url, query, { metrics: { maxLifetimeValue: '50' } });
    expect(atMost50.audience.nodes).toEqual([{ metrics: { lifetimeValue: { amount: '20.00', currency: 'GBP' } } }]);
    expect((await answer(service.url, query, { metrics: { minLifetimeValue: '100' } })).audience.nodes).toEqual([]);
  });
});
