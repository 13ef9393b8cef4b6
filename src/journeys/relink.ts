import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';

const q = { unlinked: cypher.get('journeys/unlinked-signals'), relink: cypher.get('ingestion/relink-journeys') };

/**
 * At start-up: social signals stored before signals were journey steps join their journeys (each
 * affected journey relinked whole, a page of customers per transaction). Nothing to do afterwards:
 * imports, merges and splits keep journeys linked.
 */
export async function linkSignalsIntoJourneys(graph: Graph, pageSize = 1_000): Promise<void> {
  for (
    let rows = await graph.read(q.unlinked, { limit: pageSize });
    rows.length;
    rows = await graph.read(q.unlinked, { limit: pageSize })
  ) {
    await graph.write(q.relink, { customers: rows.map((row) => ({ id: row.id, since: null })) });
  }
}
