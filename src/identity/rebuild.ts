import { cypher } from '../graph/cypher-library.js';
import type { Transaction } from '../graph/graph.js';

/**
 * After records move between customers (a merge, a split), everything derived from them is
 * rebuilt: the customers' links to identities and facts, their golden records and journeys.
 */
const q = {
  links: cypher.get('ingestion/rebuild-customer-links'),
  profiles: cypher.get('ingestion/refresh-profiles'),
  journeys: cypher.get('ingestion/relink-journeys'),
};

export async function rebuildCustomers(tx: Transaction, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await tx.run(q.links, { ids });
  await tx.run(q.profiles, { ids });
  await tx.run(q.journeys, { customers: ids.map((id) => ({ id, since: null })) });
}
