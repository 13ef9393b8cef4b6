import DataLoader from 'dataloader';
import type { Graph } from '../graph/graph.js';
import { customersByIds, identitiesOfCustomers } from './customers.js';

/** Per-request loaders: a page of customers costs one round trip per kind of look-up, not one per customer. */
export function customerLoaders(graph: Graph) {
  return {
    customer: new DataLoader((ids: readonly string[]) => customersByIds(graph, ids)),
    identities: new DataLoader((ids: readonly string[]) => identitiesOfCustomers(graph, ids)),
  };
}

export type CustomerLoaders = ReturnType<typeof customerLoaders>;
