import { cypher, type Statement } from '../graph/cypher-library.js';
import { composedStatement, useFragment } from '../graph/fragments.js';
import type { Graph, Row, Transaction } from '../graph/graph.js';
import { blockingKeys } from './matching/blocking.js';
import { candidatePairs, type CandidatePair } from './matching/candidate-pairs.js';
import type { PersonFeatures } from './matching/person-features.js';
import { clusters } from './matching/clusters.js';
import { ambiguousMerges, clustersConflict, householdIdentifiersAmong, limits } from './matching/household-rules.js';
import { decide } from './matching/thresholds.js';
import { valueShares } from './matching/value-shares.js';
import { rebuildCustomers } from './rebuild.js';
import { planMerges, type ExistingCustomer, type Merge } from './resolve.js';
import type { IdentityRules } from './rules.js';

/**
 * Fuzzy matching over the whole graph: every customer record is compared, through blocking, with
 * the records of other customers on name, birth date and address. Pairs above the automatic
 * threshold merge (within the identity rules); pairs in the review band, and merges the identity
 * rules refused, are kept as POSSIBLE_MATCH for a person to decide.
 */
export interface MatchingSummary {
  records: number;
  compared: number;
  merged: number;
  reviewPairs: number;
  refused: string[];
  oversizedBlocks: number;
}

/** A statement whose rows are the person features of customer records (`records` fills its {{features}} slot). */
export function personFeaturesOf(records: Statement): Statement {
  const piece = useFragment(records, null, { features: useFragment(cypher.get('identity/person-features'), null) });
  return composedStatement(records.name, 'read', piece, `${records.name} with identity/person-features`);
}

const q = {
  features: personFeaturesOf(cypher.get('identity/record-features')),
  storeKeys: cypher.get('identity/store-blocking-keys'),
  customers: cypher.get('ingestion/customers-by-id'),
  lock: cypher.get('ingestion/lock-customers'),
  merge: cypher.get('ingestion/merge-customers'),
  possibleMatches: cypher.get('identity/record-possible-matches'),
};

const pageSize = 10_000;
const mergesPerTransaction = 200;

export async function matchCustomers(graph: Graph, rules: IdentityRules): Promise<MatchingSummary> {
  const { people, customerOf } = await readRecords(graph);
  // The keys let a record that arrives later find these without another full pass (arrival.ts).
  await storeBlockingKeys(graph, people);
  return matchAmong(graph, rules, people, customerOf);
}

/**
 * Scores the pairs among `people` that blocking brings together (only those involving one of
 * `involving`, when given), then merges and stores review pairs as the full pass does. Returns
 * the merges applied with the summary.
 */
export async function matchAmong(
  graph: Graph,
  rules: IdentityRules,
  people: PersonFeatures[],
  customerOf: Map<string, string>,
  involving?: Set<string>,
): Promise<MatchingSummary & { merges: Merge[] }> {
  let oversizedBlocks = 0;
  const scored = candidatePairs(people, {
    alreadyJoined: (a, b) => customerOf.get(a) === customerOf.get(b) || (involving !== undefined && !involving.has(a) && !involving.has(b)),
    // How common a value is counts customers, not records: many records of one person must not
    // make that person's name look common.
    shares: valueShares(people, (key) => customerOf.get(key)!),
    household: householdIdentifiersAmong(people),
    onOversizedBlock: () => void (oversizedBlocks += 1),
  });
  const best = separateHouseholds(bestPerCustomerPair(scored, customerOf), people, customerOf);
  const toMerge = best.filter((pair) => decide(pair.score) === 'merge');
  const customers = await readCustomers(graph, [...new Set(toMerge.flatMap((pair) => [pair.a, pair.b]))]);
  // A customer merged by an import while the pass ran is no longer there to merge: left out.
  const live = new Set(customers.map((customer) => customer.id));
  const links = toMerge
    .filter((pair) => live.has(pair.a) && live.has(pair.b))
    .map((pair) => ({ ...pair, reason: `fuzzy match ${pair.score.toFixed(4)}: ${pair.reasons.join(', ')}` }));
  const { merges, refused } = planMerges(customers, links, rules);
  const applied = await applyMerges(graph, merges);

  const survivorOf = new Map(applied.flatMap((merge) => merge.absorbed.map((id) => [id, merge.survivor] as const)));
  // A merge the identity rules refuse (too many national ids, a split pair) is for a person to judge.
  const refusedPairs = refused.map(({ link: { a, b, score, reasons }, problem }) => ({
    a,
    b,
    score,
    reasons: [...reasons, `not merged by the identity rules: ${problem}`],
  }));
  const reviewPairs = await storeReviews(
    graph,
    [...best.filter((pair) => decide(pair.score) === 'review'), ...refusedPairs],
    (id) => survivorOf.get(id) ?? id,
  );
  const merged = applied.reduce((count, merge) => count + merge.absorbed.length, 0);
  return {
    records: people.length,
    compared: scored.length,
    merged,
    reviewPairs,
    refused: refused.map((refusal) => refusal.message),
    oversizedBlocks,
    merges: applied,
  };
}

/** Each record's blocking keys, on the graph (`identity/store-blocking-keys`). */
export async function storeBlockingKeys(graph: Graph, people: PersonFeatures[]): Promise<void> {
  for (let start = 0; start < people.length; start += pageSize / 10) {
    const records = people.slice(start, start + pageSize / 10).map((person) => {
      const [source, ...rest] = person.key.split('|');
      return { source, sourceId: rest.join('|'), keys: blockingKeys(person) };
    });
    await graph.write(q.storeKeys, { records });
  }
}

/**
 * Review pairs in canonical order (smaller id first), once each, under the customers' current
 * ids; returns how many the graph holds from this run (a pair a steward rejected is not stored).
 */
async function storeReviews(graph: Graph, pairs: CandidatePair[], current: (id: string) => string): Promise<number> {
  const unique = new Map<string, CandidatePair>();
  for (const pair of pairs) {
    const [a, b] = [current(pair.a), current(pair.b)].sort() as [string, string];
    if (a !== b && (unique.get(`${a}|${b}`)?.score ?? -1) < pair.score) unique.set(`${a}|${b}`, { ...pair, a, b });
  }
  const reviews = [...unique.values()];
  let stored = 0;
  for (let start = 0; start < reviews.length; start += pageSize) {
    const [row] = await graph.write(q.possibleMatches, { pairs: reviews.slice(start, start + pageSize), now: new Date().toISOString() });
    stored += Number(row?.stored ?? 0);
  }
  return stored;
}

/**
 * The household rules across customers: a merge that would join two personally different people
 * (through a record that lacks what tells them apart), or that could go to either of two such
 * people, goes to review instead.
 */
function separateHouseholds(pairs: CandidatePair[], people: PersonFeatures[], customerOf: Map<string, string>): CandidatePair[] {
  const recordsOf = new Map<string, PersonFeatures[]>();
  for (const person of people) {
    const id = customerOf.get(person.key)!;
    recordsOf.set(id, [...(recordsOf.get(id) ?? []), person]);
  }
  const merges = pairs.filter((pair) => decide(pair.score) === 'merge');
  const torn = ambiguousMerges(merges, (id) => recordsOf.get(id) ?? []);
  const refused = new Set<CandidatePair>(torn);
  clusters(
    recordsOf.keys(),
    merges.filter((pair) => !torn.has(pair)),
    (left, right, pair) => {
      const conflict = clustersConflict(
        left.flatMap((id) => recordsOf.get(id) ?? []),
        right.flatMap((id) => recordsOf.get(id) ?? []),
        pair,
      );
      if (conflict) refused.add(pair);
      return !conflict;
    },
  );
  return pairs.map((pair) =>
    refused.has(pair)
      ? { ...pair, score: limits.reviewAtMost, reasons: [...pair.reasons, 'review: would join two people who differ'] }
      : pair,
  );
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

export function features(row: Row): PersonFeatures {
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

/** Merges in transactions of a few hundred; a chunk whose customers changed meanwhile is skipped. Returns the merges applied. */
async function applyMerges(graph: Graph, merges: Merge[]): Promise<Merge[]> {
  const applied: Merge[] = [];
  for (let start = 0; start < merges.length; start += mergesPerTransaction) {
    const chunk = merges.slice(start, start + mergesPerTransaction);
    if (await graph.transaction('write', (tx) => mergeWithin(tx, chunk))) applied.push(...chunk);
  }
  return applied;
}

/** Merges in the caller's transaction; none when a customer changed meanwhile. Returns how many were absorbed. */
export async function mergeWithin(tx: Transaction, merges: Merge[]): Promise<number> {
  const ids = [...new Set(merges.flatMap((merge) => [merge.survivor, ...merge.absorbed]))].sort();
  if ((await tx.run(q.lock, { ids })).some((row) => !row.live)) return 0;
  await tx.run(q.merge, { merges, now: new Date().toISOString() });
  await rebuildCustomers(
    tx,
    merges.map((merge) => merge.survivor),
  );
  return merges.reduce((count, merge) => count + merge.absorbed.length, 0);
}
