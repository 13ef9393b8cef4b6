import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { features, matchAmong, personFeaturesOf, storeBlockingKeys, type MatchingSummary } from './fuzzy-pass.js';
import { blockingKeys, maxBlockSize } from './matching/blocking.js';
import type { PersonFeatures } from './matching/person-features.js';
import type { Merge } from './resolve.js';
import type { IdentityRules } from './rules.js';

const q = {
  arriving: personFeaturesOf(cypher.get('identity/arriving-records')),
  neighbours: personFeaturesOf(cypher.get('identity/blocking-neighbours')),
};

/**
 * Matching on arrival: the customer records of the customers a batch just created or changed
 * (an import or a streaming mutation) get their blocking keys stored on the graph, and are
 * compared with the records that share a key with them, found through the key index. So a
 * customer's 360 is right as soon as the batch lands; the full pass (`matchCustomers`) is for
 * re-scoring everyone after a change of weights or rules. Returns the summary and the merges made.
 */
export async function matchOnArrival(
  graph: Graph,
  rules: IdentityRules,
  customerIds: string[],
): Promise<MatchingSummary & { merges: Merge[] }> {
  const arriving = (await graph.read(q.arriving, { customerIds })).map((row) => ({
    person: features(row),
    customerId: row.customerId as string,
  }));
  await storeBlockingKeys(
    graph,
    arriving.map(({ person }) => person),
  );
  const keys = [...new Set(arriving.flatMap(({ person }) => blockingKeys(person)))];
  const neighbours = keys.length ? await graph.read(q.neighbours, { keys, maxBlockSize }) : [];
  const people = new Map<string, PersonFeatures>();
  const customerOf = new Map<string, string>();
  for (const { person, customerId } of [
    ...arriving,
    ...neighbours.map((row) => ({ person: features(row), customerId: row.customerId as string })),
  ]) {
    people.set(person.key, person);
    customerOf.set(person.key, customerId);
  }
  return matchAmong(graph, rules, [...people.values()], customerOf, new Set(arriving.map(({ person }) => person.key)));
}

/**
 * Matching on arrival after each batch of an ingestion, with running totals of what it did.
 * `onMerged` hears the merges it makes (the live events tell subscribers of them).
 */
export class ArrivalMatching {
  readonly totals: MatchingSummary = { records: 0, compared: 0, merged: 0, reviewPairs: 0, refused: [], oversizedBlocks: 0 };

  constructor(
    private readonly graph: Graph,
    private readonly rules: IdentityRules,
    private readonly onMerged: (merges: Merge[]) => void = () => undefined,
  ) {}

  /** For `Ingestion.afterEachBatch`: answers with the customers that absorbed others. */
  readonly afterBatch = async (customerIds: string[]): Promise<string[]> => {
    const { merges, refused, ...counts } = await matchOnArrival(this.graph, this.rules, customerIds);
    for (const [name, count] of Object.entries(counts) as Array<[Exclude<keyof MatchingSummary, 'refused'>, number]>)
      this.totals[name] += count;
    this.totals.refused.push(...refused);
    if (merges.length) this.onMerged(merges);
    return merges.map((merge) => merge.survivor);
  };
}
