import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generator/generate.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { importFiles, planImport, sourceFilesIn } from '../../src/ingestion/import-files.js';
import { prepareRecord } from '../../src/ingestion/prepare.js';
import { readSourceFile } from '../../src/ingestion/read.js';
import type { RecordOf } from '../../src/ingestion/records.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { graphql, startTestService, type RunningService } from '../support/service.js';

type Event = RecordOf<'order'> | RecordOf<'touchpoint'>;

const view = `query View($id: ID!, $after: String) {
  customer(id: $id) {
    sourceRecords(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { source sourceId } }
    orders(first: 1) { totalCount }
    touchpoints(first: 1) { totalCount }
    channels { channel { name } count firstUsedAt lastUsedAt }
    metrics { orderCount lifetimeValue { minor currency } firstSeenAt lastSeenAt }
  }
}`;

/**
 * The 360 view of generated customers against figures the test computes itself from the
 * generated files: whatever records the graph says are behind a customer, its orders,
 * touchpoints, channels and metrics must be exactly what those records say.
 */
describe('the customer 360 on generated data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'generated-360-'));
  const events = new Map<string, Event>();
  let service: RunningService;

  beforeAll(async () => {
    generate({ seed: 5, customers: 40, out: dir });
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    const plan = planImport(sourceFilesIn(dir), service.ingestion.sources);
    await importFiles(service.ingestion, plan);
    for (const { file, source, kind, format } of plan.filter(({ kind }) => kind === 'order' || kind === 'touchpoint')) {
      for await (const row of readSourceFile(file, format, source, kind)) {
        const prepared = row.fields && prepareRecord(row.fields, source, loadIdentityRules());
        if (prepared?.ok) events.set(`${source.source}|${prepared.prepared.record.sourceId}`, prepared.prepared.record as Event);
      }
    }
  });
  afterAll(() => service.stop());

  const recordsBehind = async (id: string) => {
    const keys: string[] = [];
    for (let after: string | null = null; ; ) {
      const { body } = await graphql(service.url, view, { id, after });
      const page = body.data.customer.sourceRecords;
      keys.push(...page.nodes.map((node: { source: string; sourceId: string }) => `${node.source}|${node.sourceId}`));
      if (!page.pageInfo.hasNextPage) return { keys, customer: body.data.customer };
      after = page.pageInfo.endCursor;
    }
  };

  it('counts, sums and dates what the records behind each customer say', async () => {
    const { body } = await graphql(service.url, '{ customers(first: 100) { nodes { id } } }');
    const ids: string[] = body.data.customers.nodes.map((node: { id: string }) => node.id);
    expect(ids.length).toBeGreaterThan(30);
    let checked = 0;
    for (const id of ids) {
      const { keys, customer } = await recordsBehind(id);
      const mine = keys.flatMap((key) => (events.has(key) ? [events.get(key)!] : []));
      const orders = mine.filter((event): event is RecordOf<'order'> => event.kind === 'order');
      const touchpoints = mine.filter((event): event is RecordOf<'touchpoint'> => event.kind === 'touchpoint');
      const times = mine.map((event) => Date.parse(event.kind === 'order' ? event.placedAt : event.at)).sort((a, b) => a - b);
      const spend = new Map<string, { orders: number; minor: number }>();
      for (const order of orders) {
        const sum = spend.get(order.currency) ?? { orders: 0, minor: 0 };
        spend.set(order.currency, {
          orders: sum.orders + 1,
          minor: sum.minor + order.lines.reduce((total, line) => total + line.quantity * line.unitPrice, 0),
        });
      }
      const [currency, main] = [...spend].sort(([a, x], [b, y]) => y.orders - x.orders || y.minor - x.minor || a.localeCompare(b))[0] ?? [];
      const uses = new Map<string, number>();
      for (const event of mine) uses.set(event.channel, (uses.get(event.channel) ?? 0) + 1);

      expect(customer.orders.totalCount).toBe(orders.length);
      expect(customer.touchpoints.totalCount).toBe(touchpoints.length);
      expect(customer.metrics).toEqual({
        orderCount: orders.length,
        lifetimeValue: main ? { minor: main.minor, currency } : null,
        firstSeenAt: times.length ? new Date(times[0]!).toISOString() : null,
        lastSeenAt: times.length ? new Date(times.at(-1)!).toISOString() : null,
      });
      expect(
        Object.fromEntries(
          customer.channels.map((usage: { channel: { name: string }; count: number }) => [usage.channel.name, usage.count]),
        ),
      ).toEqual(Object.fromEntries(uses));
      if (orders.length && touchpoints.length) checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
