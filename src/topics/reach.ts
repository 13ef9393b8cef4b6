import { cypher } from '../graph/cypher-library.js';
import type { Graph, Transaction } from '../graph/graph.js';
import { topicRules, type TopicRules } from './rules.js';
import { termsOf, wordsOf } from './words.js';

/**
 * Keeps the stored links from topics to the catalogue (COVERS, cypher/topics/reach.cypher) in step
 * with the catalogue and the topics: after each import batch for the products it wrote and the
 * topics it created, and at start-up for everything when rules/topics.yaml changed.
 */
const q = {
  fresh: cypher.get('topics/fresh'),
  names: cypher.get('topics/names'),
  setTerms: cypher.get('topics/set-terms'),
  reach: cypher.get('topics/reach'),
  unindexed: cypher.get('topics/unindexed-texts'),
  storeWords: cypher.get('topics/store-words'),
  fingerprint: cypher.get('topics/fingerprint'),
  recordFingerprint: cypher.get('topics/record-fingerprint'),
};

const withTerms = (names: string[], rules: TopicRules) => names.map((name) => ({ name, terms: termsOf(name, rules) }));

/** Inside an import batch's transaction: new topics reach the whole catalogue, written products every topic. */
export async function reachAfterImport(tx: Transaction, skus: string[], rules = topicRules): Promise<void> {
  const fresh = (await tx.run(q.fresh)).map((row) => row.name as string);
  if (fresh.length) {
    await tx.run(q.setTerms, { topics: withTerms(fresh, rules) });
    await tx.run(q.reach, { names: fresh, skus: null });
  }
  if (skus.length) await tx.run(q.reach, { names: null, skus });
}

/**
 * At start-up: the words of texts stored before words were kept, then, when the rules changed
 * since the links were computed (or never were), every topic's terms and links again, the topics
 * the rules name included.
 */
export async function refreshTopicReach(graph: Graph, rules = topicRules, pageSize = 5_000): Promise<void> {
  for (
    let rows = await graph.read(q.unindexed, { limit: pageSize });
    rows.length;
    rows = await graph.read(q.unindexed, { limit: pageSize })
  ) {
    await graph.write(q.storeWords, { rows: rows.map((row) => ({ label: row.label, key: row.key, words: wordsOf(row.text as string) })) });
  }
  const [stored] = await graph.read(q.fingerprint);
  if (stored?.fingerprint === rules.fingerprint) return;
  await graph.transaction('write', async (tx) => {
    const names = new Set([...(await tx.run(q.names)).map((row) => row.name as string), ...rules.synonyms.keys()]);
    await tx.run(q.setTerms, { topics: withTerms([...names], rules) });
    await tx.run(q.reach, { names: null, skus: null });
    await tx.run(q.recordFingerprint, { fingerprint: rules.fingerprint });
  });
}
