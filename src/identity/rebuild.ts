import { cypher } from '../graph/cypher-library.js';
import type { Transaction } from '../graph/graph.js';

/**
 * After records move between customers (a merge, a split), everything derived from them is
 * rebuilt: the customers' links to identities and facts, their golden records and journeys.
 */
const statements = [
  cypher.get('ingestion/rebuild-customer-links'),
  cypher.get('ingestion/refresh-profiles'),
  cypher.get('ingestion/relink-journeys'),
];

export async function rebuildCustomers(tx: Transaction, ids: string[]): Promise<void> {
  if (!ids.length) return;
  for (const statement of statements) await tx.run(statement, { ids });
}
