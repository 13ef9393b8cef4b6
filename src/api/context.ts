import type { Logger } from 'pino';
import { customerLoaders, type CustomerLoaders } from '../customers/loaders.js';
import type { Graph } from '../graph/graph.js';
import type { Ingestion } from '../ingestion/ingest.js';

/** What every resolver gets: the graph, the request's loaders (fresh per request), the ingestion pipeline and the logger. */
export interface ApiContext {
  graph: Graph;
  loaders: CustomerLoaders;
  ingestion: Ingestion;
  log: Logger;
}

export function createContext(graph: Graph, ingestion: Ingestion, log: Logger): ApiContext {
  return { graph, loaders: customerLoaders(graph), ingestion, log };
}
