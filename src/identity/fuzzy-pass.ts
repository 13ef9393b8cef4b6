import { cypher } from '../graph/cypher-library.js';
import type { Graph, Row } from '../graph/graph.js';
import { candidatePairs, type CandidatePair } from './matching/candidate-pairs.js';
import type { PersonFeatures } from './matching/person-features.js';
import { decide } from './matching/thresholds.js';
import { valueShares } from './matching/value-shares.js';
import { rebuildCustomers } from './rebuild.js';
import { planMerges, type ExistingCustomer, type Merge } from './resolve.js';
import type { IdentityRules } from './rules.js';

/**
 * Fuzzy matching over the whole graph: every customer record is compared, through blocking, with
 * the records of other customers on name, birth date and address. Pairs above the automatic
 * threshold merge (within the identity rules); pairs in the review band are kept as
 * POSSIBLE_MATCH for a person to decide.
 */
export interface MatchingSummary {
  records: number;
  compared: number;
  merged: number;
  reviewPairs: number;
  refused: string[];
  oversizedBlocks: number;
}

const q = {
  features: cypher.get('identity/record-features'),
  customers: cypher.get('ingestion/customers-by-id'),
  lock: cypher.get('ingestion/lock-customers'),
  merge: cypher.get('ingestion/merge-customers'),
  possibleMatches: cypher.get('identity/record-possible-matches'),
};

const pageSize = 10_000;
const mergesPerTransaction = 200;

export async function matchCustomers(graph: Graph, rules: IdentityRules): Promise<MatchingSummary> {
  const { people, customerOf } = await readRecords(graph);
  let oversizedBlocks = 0;
  const scored = candidatePairs(people, {
    alreadyJoined: (a, b) => customerOf.get(a) === customerOf.get(b),
    // How common a value is counts customers, not records: many records of one person must not
    // make that person's name look common.
    shares: valueShares(people, (key) => customerOf.get(key)!),
    onOversizedBlock: () => void (oversizedBlocks += 1),
  });
  const best = bestPerCustomerPair(scored, customerOf);
  const toMerge = best.filter((pair) => decide(pair.score) === 'merge');
  const customers = await readCustomers(graph, [...new Set(toMerge.flatMap((pair) => [pair.a, pair.b]))]);
  // A customer merged by an import while the pass ran is no longer there to merge: left out.
  const live = new Set(customers.map((customer) => customer.id));
  const { merges, refused } = planMerges(customers, toMerge.filter((pair) => live.has(pair.a) && live.has(pair.b)).map((pair) => ({ a: pair.a, b: pair.b, reason: `fuzzy match ${pair.score.toFixed(4)}: ${pair.reasons.join(', ')}` })), rules);
  const merged = await applyMerges(graph, merges);

  const survivorOf = new Map(merges.flatMap((merge) => merge.absorbed.map((id) => [id, merge.survivor] as const)));
  const current = (id: string) => survivorOf.get(id) ?? id;
  const reviews = best
    .filter((pair) => decide(pair.score) === 'review' && current(pair.a) !== current(pair.b))
    .map((pair) => ({ a: current(pair.a), b: current(pair.b), score: pair.score, reasons: pair.reasons }));
  for (let start = 0; start < reviews.length; start += pageSize) {
    await graph.write(q.possibleMatches, { pairs: reviews.slice(start, start + pageSize), now: new Date().toISOString() });
  }
  return { records: people.length, compared: scored.length, merged, reviewPairs: reviews.length, refused, oversizedBlocks };
}

async function readRecords(graph: Graph): Promise<{ people: PersonFeatures[]; customerOf: Map<string, string> }> {
  const people: PersonFeatures[] = [];
  const customerOf = new Map<string, string>();
  for (let after = ''; ; ) {
    const rows = await graph.read(q.features, { after, limit: pageSize });
    for (const row of rows) {
      people.push(features(row));
      customerOf.set(row.key as string, row.customerId as string);
    }
    if (rows.length < pageSize) return { people, customerOf };
    after = rows[rows.length - 1]!.key as string;
  }
}

function features(row: Row): PersonFeatures {
  const fields = ['givenName', 'familyName', 'birthDate', 'street', 'city', 'postcode', 'region', 'nationalId', 'email', 'phone'] as const;
  const person: PersonFeatures = { key: row.key as string };
  for (const field of fields) if (typeof row[field] === 'string') person[field] = row[field] as string;
  return person;
}

/** Record pairs become customer pairs; the strongest evidence between two customers speaks for them. */
function bestPerCustomerPair(pairs: CandidatePair[], customerOf: Map<string, string>): CandidatePair[] {
  const best = new Map<string, CandidatePair>();
  for (const pair of pairs) {
    const [a, b] = [customerOf.get(pair.a)!, customerOf.get(pair.b)!].sort() as [string, string];
    const key = `${a}|${b}`;
    if ((best.get(key)?.score ?? -1) < pair.score) best.set(key, { ...pair, a, b });
  }
  return [...best.values()];
}

async function readCustomers(graph: Graph, ids: string[]): Promise<ExistingCustomer[]> {
  const customers: ExistingCustomer[] = [];
  for (let start = 0; start < ids.length; start += pageSize) {
    const rows = await graph.read(q.customers, { ids: ids.slice(start, start + pageSize) });
    customers.push(...rows.map((row) => row.customer as ExistingCustomer));
  }
  return customers;
}

/** Merges in transactions of a few hundred; a chunk whose customers changed meanwhile is skipped. */
async function applyMerges(graph: Graph, merges: Merge[]): Promise<number> {
  let merged = 0;
  for (let start = 0; start < merges.length; start += mergesPerTransaction) {
    const chunk = merges.slice(start, start + mergesPerTransaction);
    merged += await graph.transaction('write', async (tx) => {
      const ids = [...new Set(chunk.flatMap((merge) => [merge.survivor, ...merge.absorbed]))].sort();
      if ((await tx.run(q.lock, { ids })).some((row) => !row.live)) return 0;
      await tx.run(q.merge, { merges: chunk, now: new Date().toISOString() });
      await rebuildCustomers(tx, chunk.map((merge) => merge.survivor));
      return chunk.reduce((count, merge) => count + merge.absorbed.length, 0);
    });
  }
  return merged;
}
