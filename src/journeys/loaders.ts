import DataLoader from 'dataloader';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import type { JourneyRows } from './journey.js';

const steps = cypher.get('journeys/steps');

async function journeysOf(graph: Graph, ids: readonly string[]): Promise<JourneyRows[]> {
  const rows = await graph.read(steps, { ids: [...ids] });
  const found = new Map(rows.map((row) => [row.id as string, row as unknown as JourneyRows]));
  return ids.map((id) => found.get(id) ?? { steps: [] });
}

/**
 * The journeys of several customers in one round trip. A journey is read whole and filtered in
 * code, so one customer asked with different windows is still read once.
 */
export function journeyLoader(graph: Graph): DataLoader<string, JourneyRows> {
  return new DataLoader((ids: readonly string[]) => journeysOf(graph, ids));
}
