import { cypher } from '../graph/cypher-library.js';
import { forEachCustomer } from './customers.js';
import type { Graph } from '../graph/graph.js';

/**
 * Customer metrics: lifetime value and order figures, and RFM scores. A score says in which
 * fifth of all customers who ordered this one falls (5 = most recent, most frequent, biggest
 * spender). The quintile boundaries cost a pass over every order, so they are kept and computed
 * again when the number of orders changes or after ten minutes.
 */
const q = {
  metrics: forEachCustomer(cypher.get('customers/360/metrics')),
  boundaries: cypher.get('customers/rfm-boundaries'),
  orderCount: cypher.get('customers/order-count'),
};

export interface Boundaries {
  recency: number[];
  frequency: number[];
  monetary: number[];
}

interface Money {
  minor: number;
  currency: string;
}

export interface CustomerMetricsRecord {
  lifetimeValue: Money | null;
  orderCount: number;
  averageOrderValue: Money | null;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  recencyDays: number | null;
  recencyScore: number | null;
  frequencyScore: number | null;
  monetaryScore: number | null;
}

/** 1 + how many boundaries the value passes; for recency fewer days is better. */
export function scoreOf(value: number, boundaries: number[], lowerIsBetter = false): number {
  return 1 + boundaries.filter((boundary) => (lowerIsBetter ? value < boundary : value > boundary)).length;
}

const refreshAfterMs = 10 * 60 * 1000;

export class RfmBoundaries {
  private kept?: { orders: number; at: number; boundaries: Boundaries | null };

  constructor(private readonly graph: Graph) {}

  /** The boundaries for the graph's current number of orders (counted here unless the caller already knows it). */
  async current(knownOrders?: number): Promise<Boundaries | null> {
    const orders = knownOrders ?? ((await this.graph.read(q.orderCount))[0]!.orders as number);
    if (this.kept && this.kept.orders === orders && Date.now() - this.kept.at < refreshAfterMs) return this.kept.boundaries;
    const [row] = await this.graph.read(q.boundaries, { now: new Date().toISOString() });
    const boundaries = row && (row.orders as number) > 0 ? (row as unknown as Boundaries) : null;
    this.kept = { orders, at: Date.now(), boundaries };
    return boundaries;
  }
}

export interface MetricsRow {
  customerId: string;
  byCurrency: { currency: string; orders: number; spend: number }[];
  orderCount: number;
  lastOrderAt: string | null;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
}

/** Metrics of several customers in the order of `ids`. */
export async function metricsOf(
  graph: Graph,
  rfm: RfmBoundaries,
  ids: readonly string[],
  now = new Date(),
): Promise<CustomerMetricsRecord[]> {
  const [rows, boundaries] = await Promise.all([graph.read(q.metrics, { ids }), rfm.current()]);
  const found = new Map(rows.map((row) => [row.customerId as string, row.answer as MetricsRow]));
  return ids.map((id) => metricsFrom(found.get(id), boundaries, now));
}

/** One customer's metrics from its order figures; amounts in the currency most of their orders used. */
export function metricsFrom(row: MetricsRow | undefined, boundaries: Boundaries | null, now = new Date()): CustomerMetricsRecord {
  const main = row?.byCurrency[0];
  const recencyDays = row?.lastOrderAt ? Math.floor((now.getTime() - Date.parse(row.lastOrderAt)) / 86_400_000) : null;
  const spend = row?.byCurrency.reduce((sum, part) => sum + part.spend, 0) ?? 0;
  return {
    lifetimeValue: main ? { minor: main.spend, currency: main.currency } : null,
    orderCount: row?.orderCount ?? 0,
    averageOrderValue: main ? { minor: Math.round(main.spend / main.orders), currency: main.currency } : null,
    firstSeenAt: row?.firstSeenAt ?? null,
    lastSeenAt: row?.lastSeenAt ?? null,
    recencyDays,
    recencyScore: boundaries && recencyDays !== null ? scoreOf(recencyDays, boundaries.recency, true) : null,
    frequencyScore: boundaries && row?.orderCount ? scoreOf(row.orderCount, boundaries.frequency) : null,
    monetaryScore: boundaries && row?.orderCount ? scoreOf(spend, boundaries.monetary) : null,
  };
}
