import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { graphql, startTestService, type RunningService, statementsRun } from '../support/service.js';

const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });

/** Every field of a page of customers that reads the graph, nested two levels deep. */
const page = `query Page($first: Int) {
  customers(first: $first) {
    nodes {
      id givenName
      identities { type value }
      attributeSources { attribute source }
      orders(first: 3) { totalCount nodes { total { amount } lines { product { sku categoryPath { name } } } } }
      touchpoints(first: 3) { nodes { type product { name } } }
      socialSignals { nodes { type } }
      channels { channel { name } count }
      topics { topic { name } }
      consents { purpose status }
      metrics { orderCount lifetimeValue { amount } recencyScore }
      sourceRecords(first: 2) { nodes { source } }
      buyerCluster { id products { product { sku } } }
    }
  }
}`;

describe('round trips to the database per page', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    const people = Array.from({ length: 120 }, (_, n) => `person${n}@example.com`);
    await service.ingestion.run([
      record({
        kind: 'product',
        source: 'shop',
        sourceId: 'SKU-1',
        name: 'Kettle',
        categoryPath: 'Home > Kitchen',
        price: '30.00',
        currency: 'GBP',
      }),
      ...people.map((email, n) => record({ kind: 'customer', source: 'crm', sourceId: `C-${n}`, email, givenName: `Person ${n}` })),
      ...people.map((email, n) =>
        record({
          kind: 'order',
          source: 'shop',
          sourceId: `O-${n}`,
          email,
          placedAt: '2026-03-01T10:00:00Z',
          channel: 'WEB',
          currency: 'GBP',
          lines: [{ sku: 'SKU-1', quantity: 1, unitPrice: '30.00' }],
        }),
      ),
      ...people.map((email, n) =>
        record({
          kind: 'touchpoint',
          source: 'web',
          sourceId: `T-${n}`,
          email,
          type: 'PAGE_VIEW',
          channel: 'WEB',
          at: '2026-02-01T10:00:00Z',
          sku: 'SKU-1',
        }),
      ),
    ]);
  });
  afterAll(() => service.stop());

  it('costs the same number of statements for 10 customers as for 100', async () => {
    const cost = async (first: number) => {
      await graphql(service.url, page, { first }); // warms the RFM boundaries, kept between requests
      const before = await statementsRun(service);
      const { body } = await graphql(service.url, page, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data.customers.nodes).toHaveLength(first);
      expect(body.data.customers.nodes[first - 1].orders.nodes[0].lines[0].product.sku).toBe('SKU-1');
      return (await statementsRun(service)) - before;
    };
    const ten = await cost(10);
    const hundred = await cost(100);
    expect(ten).toBeGreaterThan(0); // the page is one statement now (and buyerCluster its own loader): see customer-list.test.ts
    expect(hundred).toBe(ten);
  });

  /** The customer 360 as an application asks for it: a fragment, a variable, a skipped field, an alias. */
  const view360 = `query View($id: ID!, $withRecords: Boolean!) {
    customer(id: $id) {
      id givenName
      ...Facts
      recent: touchpoints(first: 1, channels: ["WEB"]) { totalCount nodes { type product { name } } }
      sourceRecords(first: 2) @include(if: $withRecords) { nodes { source } }
      records: sourceRecords(first: 2) { totalCount }
    }
  }
  fragment Facts on Customer {
    identities { type value }
    attributeSources { attribute source }
    orders(first: 3) { totalCount nodes { total { amount } lines { product { sku categoryPath { name } } } } }
    touchpoints(first: 3) { nodes { type product { name } } }
    socialSignals { nodes { type products { sku } } }
    channels { channel { name } count }
    topics { topic { name } }
    consents { purpose status }
    metrics { orderCount lifetimeValue { amount } recencyScore }
    related { customer { givenName } }
  }`;

  it('answers a customer 360 in one statement, and a field it does not plan with its own', async () => {
    const { body: first } = await graphql(service.url, '{ customers(first: 1) { nodes { id } } }');
    const id: string = first.data.customers.nodes[0].id;
    const cost = async (query: string, variables: Record<string, unknown>) => {
      await graphql(service.url, query, variables); // warms the RFM boundaries, kept between requests
      const before = await statementsRun(service);
      const { body } = await graphql(service.url, query, variables);
      expect(body.errors).toBeUndefined();
      return { customer: body.data.customer, statements: (await statementsRun(service)) - before };
    };
    const whole = await cost(view360, { id, withRecords: true });
    expect(whole.statements).toBe(1);
    expect(whole.customer.orders.nodes[0].lines[0].product).toEqual({
      sku: 'SKU-1',
      categoryPath: [{ name: 'Home' }, { name: 'Kitchen' }],
    });
    expect(whole.customer.recent).toEqual({ totalCount: 1, nodes: [{ type: 'PAGE_VIEW', product: { name: 'Kettle' } }] });
    expect(whole.customer.sourceRecords.nodes).toHaveLength(2);
    expect(whole.customer.records.totalCount).toBe(3); // its customer, order and touchpoint records
    expect(whole.customer.metrics.orderCount).toBe(1);

    const skipped = await cost(view360, { id, withRecords: false });
    expect(skipped.statements).toBe(1);
    expect(skipped.customer.sourceRecords).toBeUndefined();
    expect(skipped.customer.records.totalCount).toBe(3);

    // The household is not planned: its loader runs its own statement, as before.
    const withHousehold = await cost('query H($id: ID!) { customer(id: $id) { identities { value } household { size } } }', { id });
    expect(withHousehold.statements).toBe(2);
  });

  it('pages without gaps or repeats while customers are being added', async () => {
    const { body: all } = await graphql(service.url, '{ customers(first: 100) { totalCount } }');
    const before: number = all.data.customers.totalCount;
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; ; n += 1) {
      const { body } = await graphql(
        service.url,
        'query P($after: String) { customers(first: 25, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }',
        { after },
      );
      seen.push(...body.data.customers.nodes.map((node: { id: string }) => node.id));
      if (!body.data.customers.pageInfo.hasNextPage) break;
      after = body.data.customers.pageInfo.endCursor;
      await service.ingestion.run([record({ kind: 'customer', source: 'crm', sourceId: `NEW-${n}`, email: `new${n}@example.com` })]);
    }
    expect(new Set(seen).size).toBe(seen.length);
    // Every customer there before is seen once, and so is every one added while paging (they come last).
    expect(seen.length).toBeGreaterThan(before);
    const { body: now } = await graphql(service.url, '{ customers(first: 100) { totalCount } }');
    expect(now.data.customers.totalCount).toBe(seen.length);
  });
});
