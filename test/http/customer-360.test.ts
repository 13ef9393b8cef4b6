import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, graphql, startTestService, type RunningService } from '../support/service.js';

const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
const product = (sku: string, name: string, categoryPath: string, topics: string[] = []) =>
  record({ kind: 'product', source: 'shop', sourceId: sku, name, categoryPath, price: '10.00', currency: 'GBP', topics });
const order = (sourceId: string, email: string, placedAt: string, lines: [string, number, string][]) =>
  record({
    kind: 'order',
    source: 'shop',
    sourceId,
    email,
    placedAt,
    channel: 'WEB',
    currency: 'GBP',
    lines: lines.map(([sku, quantity, unitPrice]) => ({ sku, quantity, unitPrice })),
  });
const touchpoint = (sourceId: string, email: string, type: string, channel: string, at: string, about: Record<string, unknown> = {}) =>
  record({ kind: 'touchpoint', source: 'web', sourceId, email, type, channel, at, ...about });

/** Ann and Bob share a household and two products; Ann's 360 view is known fact by fact. */
const scenario = [
  product('SKU-1', 'Espresso machine', 'Home > Kitchen > Coffee', ['coffee']),
  product('SKU-2', 'Grinder', 'Home > Kitchen > Coffee'),
  product('SKU-3', 'Kettle', 'Home > Kitchen'),
  record({
    kind: 'customer',
    source: 'crm',
    sourceId: 'C-1',
    crmId: 'CRM-1',
    email: 'ann@example.com',
    givenName: 'Ann',
    familyName: 'Lee',
    street: '1 High Street',
    postcode: 'N1 1AA',
    city: 'London',
    country: 'GB',
    updatedAt: '2026-01-01T00:00:00Z',
  }),
  record({
    kind: 'customer',
    source: 'shop',
    sourceId: 'S-1',
    email: 'ANN@example.com',
    phone: '020 7946 0018',
    givenName: 'Annie',
    city: 'Londres',
  }),
  record({
    kind: 'customer',
    source: 'crm',
    sourceId: 'C-2',
    crmId: 'CRM-2',
    email: 'bob@example.com',
    givenName: 'Bob',
    familyName: 'Lee',
    street: '1 high street',
    postcode: 'N1 1AA',
    country: 'GB',
  }),
  order('O-1', 'ann@example.com', '2026-02-01T10:00:00Z', [
    ['SKU-1', 1, '249.90'],
    ['SKU-2', 2, '10.00'],
  ]),
  order('O-2', 'ann@example.com', '2026-03-01T10:00:00Z', [['SKU-3', 1, '30.00']]),
  order('O-3', 'bob@example.com', '2026-03-05T10:00:00Z', [
    ['SKU-1', 1, '249.90'],
    ['SKU-2', 1, '10.00'],
  ]),
  touchpoint('T-1', 'ann@example.com', 'PAGE_VIEW', 'WEB', '2026-01-20T09:00:00Z', { sku: 'SKU-1' }),
  touchpoint('T-2', 'ann@example.com', 'SITE_SEARCH', 'WEB', '2026-01-21T09:00:00Z', { topic: 'coffee', searchTerm: 'espresso' }),
  touchpoint('T-3', 'ann@example.com', 'EMAIL_OPEN', 'EMAIL', '2026-02-10T09:00:00Z', { campaign: 'spring' }),
  record({
    kind: 'socialSignal',
    source: 'social',
    sourceId: 'P-1',
    email: 'ann@example.com',
    type: 'REVIEW',
    platform: 'instagram',
    text: 'Love my espresso machine',
    sentiment: 0.8,
    at: '2026-02-15T09:00:00Z',
    skus: ['SKU-1'],
    topics: ['coffee'],
  }),
  record({
    kind: 'consent',
    source: 'email',
    sourceId: 'K-1',
    email: 'ann@example.com',
    purpose: 'EMAIL_MARKETING',
    status: 'GRANTED',
    at: '2026-01-01T00:00:00Z',
  }),
  record({
    kind: 'consent',
    source: 'email',
    sourceId: 'K-2',
    email: 'ann@example.com',
    purpose: 'EMAIL_MARKETING',
    status: 'WITHDRAWN',
    at: '2026-02-20T00:00:00Z',
  }),
];

const view360 = `query View($id: ID!) {
  customer(id: $id) {
    id givenName familyName city
    attributeSources { attribute value source sourceId }
    identities { type value }
    orders(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id total { amount currency } lines { quantity unitPrice { minor } product { sku categoryPath { name } } } } }
    channels { channel { name } count firstUsedAt lastUsedAt }
    touchpoints(channels: ["WEB"]) { totalCount nodes { id type product { sku } searchTerm } }
    socialSignals { nodes { type sentiment products { sku } topics } }
    topics { topic { name } signals touchpoints sentiment }
    consents { purpose status history { status } }
    metrics { orderCount lifetimeValue { amount } averageOrderValue { minor } firstSeenAt lastSeenAt frequencyScore monetaryScore }
    related { customer { givenName } reasons sharedProducts }
    sourceRecords(first: 50) { totalCount nodes { source sourceId kind } }
  }
}`;

describe('the customer 360 and the look-ups, over HTTP', () => {
  let service: RunningService;
  let ann: string;
  const ask = (query: string, variables?: Record<string, unknown>) => answer(service.url, query, variables);

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    const summary = await service.ingestion.run(scenario);
    expect(summary).toMatchObject({ accepted: scenario.length, rejected: 0 });
    ann = (await ask('{ customerByIdentity(type: EMAIL, value: " Ann@Example.com ") { id } }')).customerByIdentity.id;
  });
  afterAll(() => service.stop());

  it('shows a customer whole: profile with sources, identities, orders, channels, touchpoints, signals, topics, consents, metrics, relations, records', async () => {
    const { customer } = await ask(view360, { id: ann });
    expect(customer).toMatchObject({ givenName: 'Ann', familyName: 'Lee', city: 'London' });
    // The CRM is trusted more than the shop: its values win and say so.
    expect(customer.attributeSources).toContainEqual({ attribute: 'givenName', value: 'Ann', source: 'crm', sourceId: 'C-1' });
    expect(customer.identities.map((i: { type: string }) => i.type)).toEqual(['CRM_ID', 'EMAIL', 'PHONE']);
    expect(customer.orders).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      nodes: [
        {
          id: 'shop|O-2',
          total: { amount: '30.00', currency: 'GBP' },
          lines: [
            { quantity: 1, unitPrice: { minor: 3000 }, product: { sku: 'SKU-3', categoryPath: [{ name: 'Home' }, { name: 'Kitchen' }] } },
          ],
        },
      ],
    });
    expect(customer.channels).toEqual([
      { channel: { name: 'WEB' }, count: 4, firstUsedAt: '2026-01-20T09:00:00.000Z', lastUsedAt: '2026-03-01T10:00:00.000Z' },
      { channel: { name: 'EMAIL' }, count: 1, firstUsedAt: '2026-02-10T09:00:00.000Z', lastUsedAt: '2026-02-10T09:00:00.000Z' },
    ]);
    expect(customer.touchpoints).toEqual({
      totalCount: 2,
      nodes: [
        { id: 'web|T-2', type: 'SITE_SEARCH', product: null, searchTerm: 'espresso' },
        { id: 'web|T-1', type: 'PAGE_VIEW', product: { sku: 'SKU-1' }, searchTerm: null },
      ],
    });
    expect(customer.socialSignals.nodes).toEqual([{ type: 'REVIEW', sentiment: 0.8, products: [{ sku: 'SKU-1' }], topics: ['coffee'] }]);
    expect(customer.topics).toEqual([{ topic: { name: 'coffee' }, signals: 1, touchpoints: 1, sentiment: 0.8 }]);
    expect(customer.consents).toEqual([
      { purpose: 'EMAIL_MARKETING', status: 'WITHDRAWN', history: [{ status: 'WITHDRAWN' }, { status: 'GRANTED' }] },
    ]);
    expect(customer.metrics).toMatchObject({
      orderCount: 2,
      lifetimeValue: { amount: '299.90' },
      averageOrderValue: { minor: 14995 },
      firstSeenAt: '2026-01-20T09:00:00.000Z',
      lastSeenAt: '2026-03-01T10:00:00.000Z',
    });
    expect(customer.related).toEqual([
      { customer: { givenName: 'Bob' }, reasons: ['SAME_ADDRESS', 'SIMILAR_PURCHASES'], sharedProducts: 2 },
    ]);
    expect(customer.sourceRecords.totalCount).toBe(10);
    expect(customer.sourceRecords.nodes[0]).toEqual({ source: 'crm', sourceId: 'C-1', kind: 'customer' });
  });

  it('pages through a list with keyset cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { customer } = await ask(
        'query P($id: ID!, $after: String) { customer(id: $id) { sourceRecords(first: 5, after: $after) { pageInfo { hasNextPage endCursor } nodes { source sourceId } } } }',
        { id: ann, after },
      );
      const { nodes, pageInfo } = customer.sourceRecords;
      seen.push(...nodes.map((n: { source: string; sourceId: string }) => `${n.source}|${n.sourceId}`));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    expect(seen).toEqual([...seen].sort());
  });

  it('answers products, topics and channels with who engages through them', async () => {
    const { product, topic, channel } = await ask(`{
      product(sku: "SKU-1") { name price { amount } categoryPath { path } topics buyers { totalCount nodes { givenName } } alsoBought { product { sku } customers } talk { signals customers positive neutral negative averageSentiment } }
      topic(name: "Coffee") { customers { totalCount nodes { givenName } } }
      channel(name: "email") { customers { nodes { givenName } } }
    }`);
    expect(product).toEqual({
      name: 'Espresso machine',
      price: { amount: '10.00' },
      categoryPath: [{ path: 'Home' }, { path: 'Home > Kitchen' }, { path: 'Home > Kitchen > Coffee' }],
      topics: ['coffee'],
      buyers: { totalCount: 2, nodes: [{ givenName: 'Bob' }, { givenName: 'Ann' }] },
      alsoBought: [
        { product: { sku: 'SKU-2' }, customers: 2 },
        { product: { sku: 'SKU-3' }, customers: 1 },
      ],
      talk: { signals: 1, customers: 1, positive: 1, neutral: 0, negative: 0, averageSentiment: 0.8 },
    });
    expect(topic).toEqual({ customers: { totalCount: 1, nodes: [{ givenName: 'Ann' }] } });
    expect(channel).toEqual({ customers: { nodes: [{ givenName: 'Ann' }] } });
  });

  it('finds customers by words with a typo, by filter and order, and resolves a merged id to its survivor', async () => {
    const { search } = await ask('{ search(text: "Lea") { nodes { givenName } } }');
    expect(search.nodes.map((n: { givenName: string }) => n.givenName).sort()).toEqual(['Ann', 'Bob']);
    expect((await ask('{ search(text: "ann@example.com") { nodes { id } } }')).search.nodes[0]).toEqual({ id: ann });
    const { customers } = await ask(
      '{ customers(filter: { familyName: "lee" }, orderBy: { field: FAMILY_NAME, direction: DESC }) { totalCount nodes { givenName } } }',
    );
    expect(customers).toEqual({ totalCount: 2, nodes: [{ givenName: 'Bob' }, { givenName: 'Ann' }] });

    const bob = (await ask('{ customerByIdentity(type: CRM_ID, value: "CRM-2") { id } }')).customerByIdentity.id;
    await service.ingestion.run([record({ kind: 'customer', source: 'pos', sourceId: 'P-9', loyaltyId: 'L-1' })]);
    const card = (await ask('{ customerByIdentity(type: LOYALTY_ID, value: "L-1") { id } }')).customerByIdentity.id;
    expect(card).not.toBe(bob);
    expect(
      (
        await service.ingestion.run([
          record({ kind: 'customer', source: 'web', sourceId: 'W-1', email: 'bob@example.com', loyaltyId: 'L-1' }),
        ])
      ).merges,
    ).toBe(1);
    expect((await ask('query C($id: ID!) { customer(id: $id) { id } }', { id: card })).customer.id).toBe(bob);
  });

  it('names the argument that is wrong', async () => {
    const { body } = await graphql(service.url, '{ customers(first: 1000) { nodes { id } } }');
    expect(body.errors?.[0]).toMatchObject({ message: 'first: must be between 1 and 100, got 1000', extensions: { argument: 'first' } });
    const bad = await graphql(service.url, '{ customerByIdentity(type: PHONE, value: "12") { id } }');
    expect(bad.body.errors?.[0].message).toMatch(/^value: /);
    const cursor = await graphql(service.url, '{ customers(after: "not-a-cursor") { nodes { id } } }');
    expect(cursor.body.errors?.[0].extensions).toMatchObject({ argument: 'after' });
  });
});
