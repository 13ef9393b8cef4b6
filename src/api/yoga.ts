import { createYoga } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Graph } from '../graph/graph.js';
import type { Metrics } from '../observability/metrics.js';
import { useOperationMetrics } from '../observability/operation-metrics.js';
import type { Ingestion } from '../ingestion/ingest.js';
import { RfmBoundaries } from '../customers/metrics.js';
import { createContext } from './context.js';
import { createSchema } from './schema.js';

export interface ApiOptions {
  graph: Graph;
  ingestion: Ingestion;
  log: Logger;
  metrics: Metrics;
  graphiql: boolean;
}

/** The GraphQL endpoint at /graphql. Unexpected errors reach the client masked, whatever NODE_ENV says. */
export function createApi({ graph, ingestion, log, metrics, graphiql }: ApiOptions) {
  const rfm = new RfmBoundaries(graph);
  return createYoga({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    graphiql,
    landingPage: false,
    maskedErrors: { isDev: false },
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error(args.map(String).join(' ')),
    },
    context: () => createContext(graph, rfm, ingestion, log),
    plugins: [useOperationMetrics(metrics, log)],
  });
}
