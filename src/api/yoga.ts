import { createYoga } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Access } from '../access/access.js';
import { guardPersonalFields } from '../access/personal-fields.js';
import { useRoleCheck } from '../access/role-check.js';
import { useAuditTrail } from '../audit/use-audit-trail.js';
import type { Graph } from '../graph/graph.js';
import type { Metrics } from '../observability/metrics.js';
import { useOperationMetrics } from '../observability/operation-metrics.js';
import type { Ingestion } from '../ingestion/ingest.js';
import { RfmBoundaries } from '../customers/metrics.js';
import { createContext } from './context.js';
import type { GraphQLSchema } from 'graphql';

export interface ApiOptions {
  graph: Graph;
  schema: GraphQLSchema;
  access: Access;
  ingestion: Ingestion;
  log: Logger;
  metrics: Metrics;
  graphiql: boolean;
}

/**
 * The GraphQL endpoint at /graphql. Every request is authenticated first (401 when it cannot
 * be), then checked against its role (403), and its personal reads are audited. Unexpected
 * errors reach the client masked, whatever NODE_ENV says.
 */
export function createApi({ graph, schema, access, ingestion, log, metrics, graphiql }: ApiOptions) {
  const parts = { graph, rfm: new RfmBoundaries(graph), ingestion, access, log };
  return createYoga({
    schema: guardPersonalFields(schema, access.policy),
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
    context: async ({ request }) => createContext(parts, await access.authenticate(request.headers.get('authorization'))),
    plugins: [useRoleCheck(access.policy), useAuditTrail(access.trail), useOperationMetrics(metrics, log)],
  });
}
