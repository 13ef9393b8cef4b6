import { z } from 'zod';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { mergeWithin } from './fuzzy-pass.js';
import { planMerges, type ExistingCustomer } from './resolve.js';
import type { IdentityRules } from './rules.js';
import type { CustomerRecord } from '../customers/customers.js';

/**
 * The data steward's review queue: the pairs fuzzy matching was unsure of, and the two decisions
 * a steward takes on one (confirm: merge; reject: different people, never proposed again).
 */
const q = {
  page: cypher.get('identity/review-queue'),
  count: cypher.get('identity/review-queue-count'),
  decide: cypher.get('identity/decide-possible-match'),
  customers: cypher.get('ingestion/customers-by-id'),
};

export interface ReviewFilters {
  minScore?: number | null;
  maxScore?: number | null;
  source?: string | null;
}

export interface ReviewPair {
  a: string;
  b: string;
  score: number;
  reasons: string[];
  at: string;
}

export const reviewCursor = z.object({ score: z.number(), a: z.string(), b: z.string() });

/** A decision the identity rules or the graph do not allow; the message says which and why. */
export class ReviewRefused extends Error {}

const filterParams = (filters: ReviewFilters) => ({
  minScore: filters.minScore ?? 0,
  maxScore: filters.maxScore ?? 1,
  source: filters.source ?? null,
});

/** Up to `limit` pairs after the cursor, strongest first. */
export async function reviewPage(
  graph: Graph,
  filters: ReviewFilters,
  after: z.infer<typeof reviewCursor> | null,
  limit: number,
): Promise<ReviewPair[]> {
  const rows = await graph.read(q.page, {
    ...filterParams(filters),
    afterScore: after?.score ?? null,
    afterA: after?.a ?? '',
    afterB: after?.b ?? '',
    limit,
  });
  return rows.map((row) => ({
    a: row.a as string,
    b: row.b as string,
    score: row.score as number,
    reasons: row.reasons as string[],
    at: row.at as string,
  }));
}

export async function reviewCount(graph: Graph, filters: ReviewFilters): Promise<number> {
  return Number((await graph.read(q.count, filterParams(filters)))[0]?.total ?? 0);
}

function pairOf(customerIds: readonly string[]): [string, string] {
  const ids = [...new Set(customerIds)].sort();
  if (ids.length !== 2)
    throw new ReviewRefused(
      `expected the two different customer ids of a pair, got ${customerIds.length === 2 ? 'the same id twice' : `${customerIds.length} ids`}`,
    );
  return ids as [string, string];
}

/** Merges the pair (oldest customer survives) within the identity rules; returns the survivor's id. */
export async function confirmMatch(graph: Graph, rules: IdentityRules, customerIds: readonly string[]): Promise<string> {
  const [a, b] = pairOf(customerIds);
  return graph.transaction('write', async (tx) => {
    const customers = (await tx.run(q.customers, { ids: [a, b] })).map((row) => row.customer as ExistingCustomer);
    if (customers.length !== 2)
      throw new ReviewRefused(`customer ${customers.some((c) => c.id === a) ? b : a} is not a live customer (merged away or unknown)`);
    const { merges, refused } = planMerges(customers, [{ a, b, reason: 'confirmed by a data steward' }], rules);
    if (refused.length) throw new ReviewRefused(refused.map((refusal) => refusal.message).join('; '));
    await tx.run(q.decide, { a, b, different: false, reason: null, now: new Date().toISOString() });
    if (!(await mergeWithin(tx, merges))) throw new ReviewRefused(`customers ${a} and ${b} changed meanwhile; try again`);
    return merges[0]!.survivor;
  });
}

/** Marks the pair as different people and takes it out of the queue. */
export async function rejectMatch(graph: Graph, customerIds: readonly string[], reason: string): Promise<void> {
  const [a, b] = pairOf(customerIds);
  if (!reason.trim()) throw new ReviewRefused('reason: say why they are different people');
  const rows = await graph.write(q.decide, { a, b, different: true, reason, now: new Date().toISOString() });
  if (!rows.length) throw new ReviewRefused(`customers ${a} and ${b} are not both live customers`);
}

/** A pair of the review queue with both customers read. */
export interface ReviewItem extends ReviewPair {
  customer: CustomerRecord;
  other: CustomerRecord;
}
