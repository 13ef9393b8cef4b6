import DataLoader from 'dataloader';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { forEachCustomer, listsPerCustomer } from '../customers/customers.js';
import type { JourneyRows } from './journey.js';

/** The 360's journey fragment for a batch of customers: the 360 and a page read journeys with the very same text. */
const steps = forEachCustomer(cypher.get('customers/360/journey'));

/**
 * The journeys of several customers in one round trip. A journey is read whole and filtered in
 * code, so one customer asked with different windows is still read once. Query.customer reads it
 * in its own statement (customers/selection/field-plans.ts) and primes this loader.
 */
export function journeyLoader(graph: Graph): DataLoader<string, JourneyRows> {
  return new DataLoader((ids: readonly string[]) => listsPerCustomer<JourneyRows>(graph, steps, ids, {}, { steps: [] }));
}
