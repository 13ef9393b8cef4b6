import DataLoader from 'dataloader';
import type { ApiContext } from '../api/context.js';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import type { JourneyRows } from './journey.js';

const steps = cypher.get('journeys/steps');

async function journeysOf(graph: Graph, ids: readonly string[]): Promise<JourneyRows[]> {
  const rows = await graph.read(steps, { ids: [...ids] });
  const found = new Map(rows.map((row) => [row.id as string, row as unknown as JourneyRows]));
  return ids.map((id) => found.get(id) ?? { steps: [], latestSignal: null });
}

/**
 * One loader per request, keyed by the request's context: a page of customers asking for their
 * journeys is one round trip. The journey is read whole and filtered in code, so one customer
 * asked with different windows is still read once.
 */
const perRequest = new WeakMap<ApiContext, DataLoader<string, JourneyRows>>();

export function journeyLoader(context: ApiContext): DataLoader<string, JourneyRows> {
  let loader = perRequest.get(context);
  if (!loader) {
    loader = new DataLoader((ids: readonly string[]) => journeysOf(context.graph, ids));
    perRequest.set(context, loader);
  }
  return loader;
}
