import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';

/**
 * Splits a wrong merge back. Every fact hangs off the source record that brought it, so moving
 * the merged customer's records back and rebuilding both customers restores what each had.
 */
const q = {
  unmerge: cypher.get('identity/unmerge'),
  rebuildLinks: cypher.get('ingestion/rebuild-customer-links'),
  profiles: cypher.get('ingestion/refresh-profiles'),
  journeys: cypher.get('ingestion/relink-journeys'),
};

export class NotMerged extends Error {}

/** Returns the restored customer's id and the ids of the customers its records came back from. */
export async function unmergeCustomer(graph: Graph, id: string, reason: string): Promise<{ restored: string; from: string[] }> {
  return graph.transaction('write', async (tx) => {
    const [row] = await tx.run(q.unmerge, { id, reason, now: new Date().toISOString() });
    if (!row) throw new NotMerged(`customer ${id} is not a merged customer`);
    const from = row.holders as string[];
    const ids = [id, ...from];
    for (const statement of [q.rebuildLinks, q.profiles, q.journeys]) await tx.run(statement, { ids });
    return { restored: id, from };
  });
}
