import { z } from 'zod';
import { decodeCursor, pageSize, toConnection } from '../paging/connections.js';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import type { CustomerRecord } from '../customers/customers.js';
import type { SocialSignalRow } from '../customers/facts.js';

/** Products of the catalog: who buys them, what else those people buy, what people say of them. */
export interface ProductRecord {
  sku: string;
  name: string;
  brand: string | null;
  price: number | null;
  currency: string | null;
  categoryPath: { path: string; name: string }[];
  topics: string[];
}

const q = {
  bySku: cypher.get('catalog/products-by-sku'),
  buyers: cypher.get('catalog/buyers'),
  buyerCount: cypher.get('catalog/buyer-count'),
  alsoBought: cypher.get('catalog/also-bought'),
  talk: cypher.get('catalog/talk'),
  signals: cypher.get('catalog/signals'),
};

const timeAndId = z.tuple([z.string(), z.string()]);

/** Products in the order of `skus`; null for an unknown SKU. */
export async function productsBySku(graph: Graph, skus: readonly string[]): Promise<(ProductRecord | null)[]> {
  const rows = await graph.read(q.bySku, { skus });
  const found = new Map(rows.map((row) => [(row.product as ProductRecord).sku, row.product as ProductRecord]));
  return skus.map((sku) => found.get(sku) ?? null);
}

export async function buyersOf(
  graph: Graph,
  sku: string,
  first: number | null | undefined,
  after: string | null | undefined,
  loadCustomers: (ids: string[]) => Promise<CustomerRecord[]>,
) {
  const size = pageSize(first);
  const rows = await graph.read(q.buyers, { sku, after: decodeCursor(after, timeAndId), limit: size + 1 });
  const customers = await loadCustomers(rows.slice(0, size).map((row) => row.id as string));
  const pairs = rows.map((row, index) => ({ key: row.key, customer: customers[index]! }));
  return toConnection(
    pairs,
    size,
    (pair) => pair.key,
    async () => (await graph.read(q.buyerCount, { sku }))[0]!.count as number,
    (pair) => pair.customer,
  );
}

export async function alsoBought(graph: Graph, sku: string, first: number | null | undefined) {
  return (await graph.read(q.alsoBought, { sku, limit: pageSize(first, 10) })) as { sku: string; customers: number }[];
}

export interface ProductTalkRecord {
  signals: number;
  customers: number;
  positive: number;
  neutral: number;
  negative: number;
  averageSentiment: number | null;
}

export async function talkAbout(graph: Graph, sku: string): Promise<ProductTalkRecord> {
  return (await graph.read(q.talk, { sku }))[0] as unknown as ProductTalkRecord;
}

export async function signalsAbout(graph: Graph, sku: string, first: number | null | undefined, after: string | null | undefined) {
  const size = pageSize(first);
  const [row] = await graph.read(q.signals, { sku, after: decodeCursor(after, timeAndId), limit: size + 1 });
  return toConnection(
    (row?.signals ?? []) as SocialSignalRow[],
    size,
    (signal) => signal.key,
    async () => (row?.total ?? 0) as number,
  );
}
