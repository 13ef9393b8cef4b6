import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuyerClusterRules } from '../../src/communities/buyer-cluster-rules.js';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, graphql, startTestService, type RunningService } from '../support/service.js';

const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
const person = (name: string) =>
  record({
    kind: 'customer',
    source: 'crm',
    sourceId: name,
    crmId: `CRM-${name}`,
    email: `${name}@example.com`,
    givenName: name,
    country: 'GB',
  });
const product = (sku: string, categoryPath: string) =>
  record({ kind: 'product', source: 'shop', sourceId: sku, name: sku, categoryPath, price: '10.00', currency: 'GBP' });
const order = (name: string, skus: string[]) =>
  record({
    kind: 'order',
    source: 'shop',
    sourceId: `O-${name}`,
    email: `${name}@example.com`,
    placedAt: '2026-03-01T10:00:00Z',
    channel: 'WEB',
    currency: 'GBP',
    lines: skus.map((sku) => ({ sku, quantity: 1, unitPrice: '10.00' })),
  });

/**
 * Ten buyers and one person who never bought. P1 and P2 (gift cards) are in every basket, so
 * they are bought by 10 of 10 buyers (more than half: popular, left out); every other product
 * is bought by at most 4 of 10. What is left:
 *   kitchen buyers: Ann K1 K2 K3, Ben K2 K3 K4, Cal K1 K3 K4, Dot K1 K2 K4 (any two share 2 of 4: Jaccard 0.5)
 *   tent buyers:    Eli T1 T2 T3, Fin T2 T3 T4, Gus T1 T3 T4, Hal T1 T2 T4 (likewise)
 *   Ivy, the bridge: K1 K2 K4 T1 T2; 3 of 5 with Dot (0.6), 2 of 6 with Ann, Ben, Cal, Eli, Hal (0.33),
 *     1 with Fin and Gus (fewer than 2 shared: no link). Kitchen weighs 1.6 for her, tents 0.67.
 *   Joy buys only the gift cards: an empty basket once they are left out, so no link at all.
 *   Kim buys nothing.
 * Were the gift cards counted, Joy would be 0.4 alike with everyone and every kitchen buyer 0.25
 * alike with every tent buyer: one cluster of all. As it is: {Ann, Ben, Cal, Dot, Ivy} and {Eli, Fin, Gus, Hal}.
 */
const baskets: Record<string, string[]> = {
  Ann: ['K1', 'K2', 'K3'],
  Ben: ['K2', 'K3', 'K4'],
  Cal: ['K1', 'K3', 'K4'],
  Dot: ['K1', 'K2', 'K4'],
  Eli: ['T1', 'T2', 'T3'],
  Fin: ['T2', 'T3', 'T4'],
  Gus: ['T1', 'T3', 'T4'],
  Hal: ['T1', 'T2', 'T4'],
  Ivy: ['K1', 'K2', 'K4', 'T1', 'T2'],
  Joy: [],
};
const popular = ['P1', 'P2'];
const kitchen = ['Ann', 'Ben', 'Cal', 'Dot', 'Ivy'];
const tents = ['Eli', 'Fin', 'Gus', 'Hal'];

/** The similar pairs, counted straight from the baskets with the rules' thresholds. */
function similarPairs(minShared: number, minJaccard: number): number {
  const names = Object.keys(baskets);
  return names
    .flatMap((a, i) => names.slice(i + 1).map((b) => [baskets[a]!, baskets[b]!] as const))
    .filter(([a, b]) => {
      const shared = a.filter((sku) => b.includes(sku)).length;
      return shared >= minShared && shared / new Set([...a, ...b]).size >= minJaccard;
    }).length;
}

const scenario = [
  ...['K1', 'K2', 'K3', 'K4'].map((sku) => product(sku, 'Home > Kitchen > Coffee makers')),
  ...['T1', 'T2', 'T3', 'T4'].map((sku) => product(sku, 'Sports > Outdoor > Tents')),
  ...popular.map((sku) => product(sku, 'Gifts > Cards')),
  ...[...Object.keys(baskets), 'Kim'].map(person),
  ...Object.entries(baskets).map(([name, skus]) => order(name, [...skus, ...popular])),
];

const detect = 'mutation { detectBuyerClusters { buyers clusters customers links ignoredProducts rounds } }';
const clusterFields = 'id size detectedAt categories { path buyers } products { product { sku } buyers }';

describe('buyer clusters in a graph without orders', () => {
  it('finds none', async () => {
    const service = await startTestService(testConfig(), testNeo4j());
    try {
      await resetGraph(service.graph);
      await service.ingestion.run([person('Kim')]);
      const { detectBuyerClusters } = await answer(service.url, detect);
      expect(detectBuyerClusters).toEqual({ buyers: 0, clusters: 0, customers: 0, links: 0, ignoredProducts: [], rounds: 1 });
      expect((await answer(service.url, '{ buyerClusters { totalCount nodes { id } } }')).buyerClusters).toEqual({
        totalCount: 0,
        nodes: [],
      });
    } finally {
      await service.stop();
    }
  });
});

describe('buyer clusters', () => {
  let service: RunningService;
  const ask = (query: string, variables?: Record<string, unknown>) => answer(service.url, query, variables);
  const ids = new Map<string, string>();
  const clusterOf = async (name: string) =>
    (await ask('query ($id: ID!) { customer(id: $id) { buyerCluster { id size } } }', { id: ids.get(name) })).customer.buyerCluster;
  const members = async (filter: unknown) => {
    const { audience } = await ask(
      'query ($filter: AudienceFilter!) { audience(filter: $filter, first: 100) { totalCount nodes { givenName } } }',
      { filter },
    );
    expect(audience.totalCount).toBe(audience.nodes.length);
    return audience.nodes.map((node: { givenName: string }) => node.givenName).sort();
  };
  /** The cluster's id: from its smallest member id, hashed. */
  const clusterIdOf = (names: string[]) =>
    `buyers-${createHash('sha256')
      .update(names.map((name) => ids.get(name)!).sort()[0]!)
      .digest('hex')
      .slice(0, 16)}`;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    await service.ingestion.run(scenario);
    for (const name of [...Object.keys(baskets), 'Kim']) {
      const { customerByIdentity } = await ask('query ($email: String!) { customerByIdentity(type: EMAIL, value: $email) { id } }', {
        email: `${name}@example.com`,
      });
      ids.set(name, customerByIdentity.id);
    }
  });
  afterAll(() => service.stop());

  it('links similar baskets, leaves the popular products out and keeps the bridge to the group she buys most like', async () => {
    const rules = loadBuyerClusterRules();
    const { detectBuyerClusters } = await ask(detect);
    expect(detectBuyerClusters).toMatchObject({ buyers: 10, clusters: 2, customers: 9, ignoredProducts: popular });
    // 6 kitchen pairs, 6 tent pairs, Ivy with Ann, Ben, Cal, Dot, Eli and Hal.
    expect(detectBuyerClusters.links).toBe(similarPairs(rules.similarity.minShared, rules.similarity.minJaccard));
    expect(detectBuyerClusters.links).toBe(18);
    for (const name of kitchen) expect(await clusterOf(name)).toEqual({ id: clusterIdOf(kitchen), size: 5 });
    for (const name of tents) expect(await clusterOf(name)).toEqual({ id: clusterIdOf(tents), size: 4 });
    expect(await clusterOf('Joy')).toBeNull();
    expect(await clusterOf('Kim')).toBeNull();
  });

  it('lists the clusters largest first, with what each buys', async () => {
    const first = await ask(`{ buyerClusters(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { ${clusterFields} } } }`);
    expect(first.buyerClusters.totalCount).toBe(2);
    expect(first.buyerClusters.pageInfo.hasNextPage).toBe(true);
    // Every kitchen buyer bought in coffee makers, Ivy also in tents; K1, K2 and K4 have 4 buyers each, K3 three.
    expect(first.buyerClusters.nodes[0]).toMatchObject({
      id: clusterIdOf(kitchen),
      size: 5,
      categories: [
        { path: 'Home > Kitchen > Coffee makers', buyers: 5 },
        { path: 'Sports > Outdoor > Tents', buyers: 1 },
      ],
      products: [
        { product: { sku: 'K1' }, buyers: 4 },
        { product: { sku: 'K2' }, buyers: 4 },
        { product: { sku: 'K4' }, buyers: 4 },
      ],
    });
    const next = await ask(
      `query ($after: String) { buyerClusters(first: 5, after: $after) { pageInfo { hasNextPage } nodes { ${clusterFields} } } }`,
      { after: first.buyerClusters.pageInfo.endCursor },
    );
    expect(next.buyerClusters.pageInfo.hasNextPage).toBe(false);
    expect(next.buyerClusters.nodes).toMatchObject([
      {
        id: clusterIdOf(tents),
        size: 4,
        categories: [{ path: 'Sports > Outdoor > Tents', buyers: 4 }],
        products: [
          { product: { sku: 'T1' }, buyers: 3 },
          { product: { sku: 'T2' }, buyers: 3 },
          { product: { sku: 'T3' }, buyers: 3 },
        ],
      },
    ]);
  });

  it('filters audiences by cluster and by similar buyers, alone and combined', async () => {
    expect(await members({ inBuyerCluster: { id: clusterIdOf(kitchen) } })).toEqual(kitchen);
    expect(await members({ inBuyerCluster: { id: clusterIdOf(tents) } })).toEqual(tents);
    expect(await members({ inBuyerCluster: { id: 'buyers-nobody' } })).toEqual([]);
    // Kitchen buyers who also bought a tent: the bridge.
    expect(await members({ all: [{ inBuyerCluster: { id: clusterIdOf(kitchen) } }, { purchased: { skus: ['T1'] } }] })).toEqual(['Ivy']);
    // Gift card buyers outside the kitchen cluster.
    expect(await members({ all: [{ purchased: { skus: ['P1'] } }, { not: { inBuyerCluster: { id: clusterIdOf(kitchen) } } }] })).toEqual([
      ...tents,
      'Joy',
    ]);
    expect(await members({ any: [{ inBuyerCluster: { id: clusterIdOf(tents) } }, { profile: { familyName: 'nobody' } }] })).toEqual(tents);
    // Ivy's similar buyers (her links), and those of them in the tent cluster.
    expect(await members({ similarBuyersOf: { customerId: ids.get('Ivy') } })).toEqual(['Ann', 'Ben', 'Cal', 'Dot', 'Eli', 'Hal']);
    expect(
      await members({ all: [{ similarBuyersOf: { customerId: ids.get('Ivy') } }, { inBuyerCluster: { id: clusterIdOf(tents) } }] }),
    ).toEqual(['Eli', 'Hal']);
    expect(await members({ similarBuyersOf: { customerId: ids.get('Joy') } })).toEqual([]);
    const bad = await graphql(service.url, '{ audience(filter: { inBuyerCluster: { id: " " } }) { totalCount } }');
    expect(bad.body.errors?.[0]?.message).toMatch(/^filter\.inBuyerCluster\.id: /);
  });

  it('gives the same clusters and ids when run again over the same purchases', async () => {
    const before = await ask(`{ buyerClusters { nodes { id size categories { path buyers } products { product { sku } buyers } } } }`);
    const { detectBuyerClusters } = await ask(detect);
    expect(detectBuyerClusters).toMatchObject({ clusters: 2, customers: 9, links: 18 });
    expect(await ask(`{ buyerClusters { nodes { id size categories { path buyers } products { product { sku } buyers } } } }`)).toEqual(
      before,
    );
    for (const name of kitchen) expect((await clusterOf(name)).id).toBe(clusterIdOf(kitchen));
  });
});

describe('buyer-cluster rules', () => {
  it('name the rule at fault', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'buyer-rules-')), 'rules.yaml');
    writeFileSync(
      file,
      'popular: { maxBuyerShare: 0.5, maxBuyers: 10 }\nsimilarity: { minShared: 2, minJaccard: 1.5 }\npropagation: { maxIterations: 5 }\nclusters: { minSize: 2, describeTop: 3 }\n',
    );
    expect(() => loadBuyerClusterRules(file)).toThrow(/similarity\.minJaccard: must be at most 1/);
  });
});
