import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import { productsBySku } from '../catalog/products.js';
import { householdsOf } from '../communities/households.js';
import { customerLoaders } from '../customers/loaders.js';
import type { RfmBoundaries } from '../customers/metrics.js';
import type { Graph } from '../graph/graph.js';
import type { Ingestion } from '../ingestion/ingest.js';
import { journeyLoader } from '../journeys/loaders.js';
import { membershipsOf } from '../segments/segments.js';
import { attributeHistoryPages } from '../privacy/attribute-history.js';

/** Every look-up by key a request makes goes through these, batched and cached for the request. */
function requestLoaders(graph: Graph, rfm: RfmBoundaries) {
  return {
    ...customerLoaders(graph, rfm),
    product: new DataLoader((skus: readonly string[]) => productsBySku(graph, skus)),
    segments: new DataLoader((ids: readonly string[]) => membershipsOf(graph, ids)),
    household: new DataLoader((ids: readonly string[]) => householdsOf(graph, ids)),
    journey: journeyLoader(graph),
    attributeHistory: attributeHistoryPages(graph),
  };
}

/** What every resolver gets: the graph, the request's loaders (fresh per request), the ingestion pipeline and the logger. */
export interface ApiContext {
  graph: Graph;
  loaders: ReturnType<typeof requestLoaders>;
  rfm: RfmBoundaries;
  ingestion: Ingestion;
  log: Logger;
}

export function createContext(graph: Graph, rfm: RfmBoundaries, ingestion: Ingestion, log: Logger): ApiContext {
  return { graph, loaders: requestLoaders(graph, rfm), rfm, ingestion, log };
}
