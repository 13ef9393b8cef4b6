import { createYoga, maskError } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Graph } from '../graph/graph.js';
import type { Metrics } from '../observability/metrics.js';
import { useOperationMetrics } from '../observability/operation-metrics.js';
import type { Ingestion } from '../ingestion/ingest.js';
import { RfmBoundaries } from '../customers/metrics.js';
import { createContext } from './context.js';
import { hardeningPlugins, unmaskedTimeout, type Hardening } from './hardening.js';
import { createSchema } from './schema.js';

export interface ApiOptions {
  graph: Graph;
  ingestion: Ingestion;
  log: Logger;
  metrics: Metrics;
  graphiql: boolean;
  hardening: Hardening;
}

/** The GraphQL endpoint at /graphql. Unexpected errors reach the client masked, whatever NODE_ENV says. */
export function createApi({ graph, ingestion, log, metrics, graphiql, hardening }: ApiOptions) {
  const rfm = new RfmBoundaries(graph);
  return createYoga({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    graphiql,
    landingPage: false,
    maskedErrors: { isDev: false, maskError: (error, message) => unmaskedTimeout(error, hardening) ?? maskError(error, message, false) },
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error(args.map(String).join(' ')),
    },
    context: ({ request }) => createContext(graph, rfm, ingestion, log, { at: Date.now() + hardening.requestTimeoutMs, signal: request.signal }),
    plugins: [useOperationMetrics(metrics, log), ...hardeningPlugins(hardening)],
  });
}
