import type { Logger } from 'pino';
import { customerLoaders, type CustomerLoaders } from '../customers/loaders.js';
import type { Graph } from '../graph/graph.js';

/** What every resolver gets: the graph, the request's loaders (fresh per request) and its logger. */
export interface ApiContext {
  graph: Graph;
  loaders: CustomerLoaders;
  log: Logger;
}

export function createContext(graph: Graph, log: Logger): ApiContext {
  return { graph, loaders: customerLoaders(graph), log };
}
