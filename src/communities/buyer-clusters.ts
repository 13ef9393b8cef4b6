import { createHash } from 'node:crypto';
import { z } from 'zod';
import { decodeCursor, pageSize, toConnection, type Connection } from '../paging/connections.js';
import { cypher } from '../graph/cypher-library.js';
import type { Graph, Row } from '../graph/graph.js';
import type { BuyerClusterRules } from './buyer-cluster-rules.js';

/**
 * Buyer clusters: customers who buy alike, found in the graph. Customers whose baskets overlap
 * enough (Jaccard, popular products left out) get a BUYS_LIKE link; label propagation over the
 * links, one Cypher round at a time, settles on the clusters; they are written back as
 * (Customer)-[:IN_CLUSTER]->(BuyerCluster) with what each cluster buys, where filters and
 * queries use them. Everything happens in Neo4j: this code only sequences the statements.
 */
const q = {
  popular: cypher.get('communities/buyer-clusters/popular-products'),
  baskets: cypher.get('communities/buyer-clusters/baskets'),
  clear: cypher.get('communities/buyer-clusters/clear'),
  link: cypher.get('communities/buyer-clusters/link-similar'),
  startLabels: cypher.get('communities/buyer-clusters/start-labels'),
  vote: cypher.get('communities/buyer-clusters/vote'),
  adopt: cypher.get('communities/buyer-clusters/adopt'),
  settled: cypher.get('communities/buyer-clusters/settled'),
  replace: cypher.get('communities/buyer-clusters/replace-clusters'),
  clearLabels: cypher.get('communities/buyer-clusters/clear-labels'),
  ofCustomers: cypher.get('communities/buyer-clusters/of-customers'),
  page: cypher.get('communities/buyer-clusters/page'),
};

/** Customers whose links one transaction computes, and links one transaction deletes. */
const slice = { buyers: 500, links: 20_000 };

export interface BuyerClusterDetection {
  buyers: number;
  clusters: number;
  customers: number;
  links: number;
  ignoredProducts: string[];
  rounds: number;
}

export interface BuyerClusterProductRecord {
  sku: string;
  buyers: number;
}

export interface BuyerClusterRecord {
  id: string;
  size: number;
  detectedAt: string;
  categories: { path: string; buyers: number }[];
  products: BuyerClusterProductRecord[];
}

export type BuyerClusterPage = Connection<BuyerClusterRecord>;

/** One detection at a time per graph: a second request while one runs gets the running one's answer. */
const running = new WeakMap<Graph, Promise<BuyerClusterDetection>>();

export function detectBuyerClusters(graph: Graph, rules: BuyerClusterRules): Promise<BuyerClusterDetection> {
  const detection = running.get(graph) ?? detect(graph, rules).finally(() => running.delete(graph));
  running.set(graph, detection);
  return detection;
}

async function detect(graph: Graph, rules: BuyerClusterRules): Promise<BuyerClusterDetection> {
  const [found] = await graph.read(q.popular, rules.popular);
  const popular = ((found?.popular ?? []) as string[]).sort();
  while (Number((await graph.write(q.clear, { limit: slice.links }))[0]?.deleted) > 0);
  const baskets = await graph.read(q.baskets, { popular, minShared: rules.similarity.minShared });
  const sizes = Object.fromEntries(baskets.map((row) => [row.id as string, row.size as number]));
  let links = 0;
  for (let start = 0; start < baskets.length; start += slice.buyers) {
    const ids = baskets.slice(start, start + slice.buyers).map((row) => row.id as string);
    const [row] = await graph.write(q.link, { ids, sizes, popular, ...rules.similarity });
    links += Number(row?.links ?? 0);
  }
  const rounds = await propagateLabels(graph, rules.propagation.maxIterations);
  const written = await graph.transaction('write', async (tx) => {
    const settled = await tx.run(q.settled, { minSize: rules.clusters.minSize });
    const clusterIds = Object.fromEntries(settled.map((row) => [row.label as string, buyerClusterId(row.smallest as string)]));
    const [row] = await tx.run(q.replace, { clusterIds, describeTop: rules.clusters.describeTop, popular, now: new Date().toISOString() });
    await tx.run(q.clearLabels);
    return row;
  });
  const count = (value: unknown) => Number(value ?? 0);
  return {
    buyers: count(found?.buyers),
    clusters: count(written?.clusters),
    customers: count(written?.customers),
    links,
    ignoredProducts: popular,
    rounds,
  };
}

/**
 * A cluster's id, derived from its smallest member id: detecting again over the same purchases
 * gives the same ids. Hashed, so the id never shows a customer id to a role that may not see one.
 */
function buyerClusterId(smallestMemberId: string): string {
  return `buyers-${createHash('sha256').update(smallestMemberId).digest('hex').slice(0, 16)}`;
}

/** Synchronous rounds until no label moves (or the rules' limit); returns how many ran. */
async function propagateLabels(graph: Graph, maxIterations: number): Promise<number> {
  await graph.write(q.startLabels);
  for (let round = 1; round <= maxIterations; round += 1) {
    const changed = await graph.transaction('write', async (tx) => {
      await tx.run(q.vote);
      return Number((await tx.run(q.adopt))[0]?.changed ?? 0);
    });
    if (changed === 0) return round;
  }
  return maxIterations;
}

/** A cluster node as stored: what it buys is kept as parallel lists (Neo4j properties hold no maps). */
function clusterRecord(row: Row): BuyerClusterRecord {
  const [categoryBuyers, productBuyers] = [row.topCategoryBuyers as number[], row.topProductBuyers as number[]];
  return {
    id: row.id as string,
    size: row.size as number,
    detectedAt: row.detectedAt as string,
    categories: (row.topCategories as string[]).map((path, index) => ({ path, buyers: categoryBuyers[index]! })),
    products: (row.topProducts as string[]).map((sku, index) => ({ sku, buyers: productBuyers[index]! })),
  };
}

export async function buyerClustersOf(graph: Graph, ids: readonly string[]): Promise<(BuyerClusterRecord | null)[]> {
  const rows = await graph.read(q.ofCustomers, { ids });
  const found = new Map(rows.map((row) => [row.customerId as string, clusterRecord(row.cluster as Row)]));
  return ids.map((id) => found.get(id) ?? null);
}

const sizeAndId = z.tuple([z.number(), z.string()]);

/** A page of the buyer clusters, largest first. */
export async function buyerClusterPage(
  graph: Graph,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<BuyerClusterPage> {
  const size = pageSize(first);
  const [row] = await graph.read(q.page, { after: decodeCursor(after, sizeAndId), limit: size + 1 });
  const clusters = ((row?.clusters ?? []) as Row[]).map(clusterRecord);
  return toConnection(
    clusters,
    size,
    (cluster) => [cluster.size, cluster.id],
    async () => Number(row?.total ?? 0),
  );
}
