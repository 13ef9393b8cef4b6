import type { GraphQLSchema } from 'graphql';
import { createYoga, maskError, type GraphiQLOptionsOrFactory } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Access } from '../access/access.js';
import { guardPersonalFields } from '../access/personal-fields.js';
import { useRoleCheck } from './role-check.js';
import { callerOf, useAuthentication } from '../access/use-authentication.js';
import { useAuditTrail } from '../audit/use-audit-trail.js';
import type { Graph } from '../graph/graph.js';
import type { Metrics } from '../observability/metrics.js';
import { useOperationMetrics } from '../observability/operation-metrics.js';
import type { Ingestion } from '../ingestion/ingest.js';
import { RfmBoundaries } from '../customers/metrics.js';
import { createContext } from './context.js';
import { renderGraphiQL } from './graphiql.js';
import { hardeningPlugins, unmaskedInvalidArgument, unmaskedTimeout, unmaskedUnavailable, type Hardening } from './hardening.js';
import type { LiveEvents } from '../live/live-events.js';

export interface ApiOptions {
  graph: Graph;
  schema: GraphQLSchema;
  access: Access;
  ingestion: Ingestion;
  log: Logger;
  metrics: Metrics;
  /** GraphiQL's page per request, or false for none (see graphiql.ts). */
  graphiql: GraphiQLOptionsOrFactory<object>;
  hardening: Hardening;
  live: LiveEvents;
}

/**
 * The GraphQL endpoint at /graphql. Every request is authenticated before it is parsed (401),
 * held to the hardening limits, checked against its role before it runs (403), and its personal
 * reads and writes are audited. Unexpected errors reach the client masked, whatever NODE_ENV says.
 */
export function createApi({ graph, schema, access, ingestion, log, metrics, graphiql, hardening, live }: ApiOptions) {
  const parts = { graph, rfm: new RfmBoundaries(graph), ingestion, access, log, live };
  return createYoga({
    schema: guardPersonalFields(schema, access.policy),
    graphqlEndpoint: '/graphql',
    graphiql,
    renderGraphiQL,
    landingPage: false,
    maskedErrors: {
      isDev: false,
      maskError: (error, message) =>
        unmaskedTimeout(error, hardening) ??
        unmaskedInvalidArgument(error) ??
        unmaskedUnavailable(error) ??
        maskError(error, message, false),
    },
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error(args.map(String).join(' ')),
    },
    // A subscription (an event stream) lives as long as its client; each of its transactions still has NEO4J_TX_TIMEOUT_MS.
    context: ({ request }) =>
      createContext(parts, callerOf(request), {
        at: isEventStream(request) ? Infinity : Date.now() + hardening.requestTimeoutMs,
        signal: request.signal,
      }),
    plugins: [
      useAuthentication(access.authenticate),
      ...hardeningPlugins(hardening),
      useRoleCheck(access.policy),
      useAuditTrail(access.trail),
      useOperationMetrics(metrics, log),
    ],
  });
}

const isEventStream = (request: Request) => (request.headers.get('accept') ?? '').includes('text/event-stream');
