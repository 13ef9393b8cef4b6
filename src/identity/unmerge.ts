import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { rebuildCustomers } from './rebuild.js';
import type { CustomerRecord } from '../customers/customers.js';

/**
 * Splits a wrong merge back. Every fact hangs off the source record that brought it, so moving
 * the merged customer's records back and rebuilding both customers restores what each had.
 */
const unmerge = cypher.get('identity/unmerge');

export class NotMerged extends Error {}

/** Returns the restored customer's id and the ids of the customers its records came back from. */
export async function unmergeCustomer(graph: Graph, id: string, reason: string): Promise<{ restored: string; from: string[] }> {
  return graph.transaction('write', async (tx) => {
    const [row] = await tx.run(unmerge, { id, reason, now: new Date().toISOString() });
    if (!row) throw new NotMerged(`customer ${id} is not a merged customer`);
    const from = row.holders as string[];
    await rebuildCustomers(tx, [id, ...from]);
    return { restored: id, from };
  });
}

/** A customer taken back out of a merge, and those it was merged from. */
export interface UnmergedCustomers {
  restored: CustomerRecord;
  from: CustomerRecord[];
}
