import DataLoader from 'dataloader';
import { productsBySku, type ProductRecord } from '../catalog/products.js';
import type { Logger } from 'pino';
import { householdsOf, type HouseholdRecord } from '../communities/households.js';
import { membershipsOf, type MembershipRecord } from '../segments/segments.js';
import { customerLoaders, type CustomerLoaders } from '../customers/loaders.js';
import type { Graph } from '../graph/graph.js';
import type { RfmBoundaries } from '../customers/metrics.js';
import type { Ingestion } from '../ingestion/ingest.js';

/** What every resolver gets: the graph, the request's loaders (fresh per request), the ingestion pipeline and the logger. */
export interface ApiContext {
  graph: Graph;
  loaders: CustomerLoaders & { product: DataLoader<string, ProductRecord | null>; segments: DataLoader<string, MembershipRecord[]>; household: DataLoader<string, HouseholdRecord | null> };
  rfm: RfmBoundaries;
  ingestion: Ingestion;
  log: Logger;
}

export function createContext(graph: Graph, rfm: RfmBoundaries, ingestion: Ingestion, log: Logger): ApiContext {
  const product = new DataLoader((skus: readonly string[]) => productsBySku(graph, skus));
  const segments = new DataLoader((ids: readonly string[]) => membershipsOf(graph, ids));
  const household = new DataLoader((ids: readonly string[]) => householdsOf(graph, ids));
  return { graph, loaders: { ...customerLoaders(graph, rfm), product, segments, household }, rfm, ingestion, log };
}
