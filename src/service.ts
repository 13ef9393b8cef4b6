import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createAccess, type Access } from './access/access.js';
import { createSchema } from './api/schema.js';
import { graphiqlOf } from './api/graphiql.js';
import { hardeningOf } from './api/hardening.js';
import { createApi } from './api/yoga.js';
import type { Config } from './config.js';
import { cypher } from './graph/cypher-library.js';
import { Graph, type Neo4jConnection } from './graph/graph.js';
import { applyMigrations, migrationsOf } from './graph/migrations.js';
import { readinessCheck } from './http/readiness.js';
import { createHttpServer } from './http/server.js';
import { Metrics } from './observability/metrics.js';
import { explorerRoutes } from './explorer/serve.js';
import { loadIdentityRules } from './identity/rules.js';
import { ArrivalMatching } from './identity/arrival.js';
import { LiveEvents } from './live/live-events.js';
import { loadLeadRules } from './leads/rules.js';
import { Ingestion } from './ingestion/ingest.js';
import { registeredSources } from './ingestion/sources.js';
import { IdentifierHasher } from './privacy/suppression.js';
import { linkSignalsIntoJourneys } from './journeys/relink.js';
import { refreshTopicReach } from './topics/reach.js';
import { withTrackingSource } from './collection/collect.js';
import { collectionEndpoint } from './collection/endpoint.js';

/** The schema this code expects, read once from cypher/migrations/. */
const migrations = migrationsOf(cypher);

export interface Service {
  graph: Graph;
  server: Server;
  metrics: Metrics;
  ingestion: Ingestion;
  access: Access;
  live: LiveEvents;
  /** Writes the audit entries still pending, then closes the driver (after the server has stopped). */
  close(): Promise<void>;
}

/** The graph layer on an open connection, with the schema migrated; closed again if that fails. */
export async function openGraph(config: Config, neo4j: Neo4jConnection, log: Logger, metrics?: Metrics): Promise<Graph> {
  const graph = new Graph(
    {
      ...neo4j,
      database: config.NEO4J_DATABASE,
      txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
      maxPoolSize: config.NEO4J_MAX_POOL_SIZE,
    },
    metrics,
  );
  try {
    await graph.verifyConnectivity();
    await applyMigrations(graph, migrations, log);
    // Data the code derives, brought up to date for a graph written by an older version.
    await refreshTopicReach(graph);
    await linkSignalsIntoJourneys(graph);
    return graph;
  } catch (error) {
    await graph.close();
    throw error;
  }
}

/** Wires the service on an open connection: graph layer, migrations, API and HTTP routes. */
export async function createService(config: Config, neo4j: Neo4jConnection, log: Logger): Promise<Service> {
  const metrics = new Metrics();
  const graph = await openGraph(config, neo4j, log, metrics);
  const sources = withTrackingSource(registeredSources(config.SOURCE_MAPPINGS_DIR));
  const ingestion = new Ingestion(graph, sources, loadIdentityRules(), new IdentifierHasher(config.PRIVACY_HASH_KEY));
  // Segments are refreshed by the live events, which compare memberships before and after.
  const live = new LiveEvents(graph, loadLeadRules());
  ingestion.afterEachBatch(new ArrivalMatching(graph, ingestion.rules, live.customersMerged).afterBatch);
  ingestion.afterEachBatch(live.afterBatch);
  // Customers a stopped process left unmatched are matched before the first request.
  await ingestion.settleLeftovers();
  const schema = createSchema();
  const access = createAccess(config, graph, schema, log);
  access.trail.purgeOrLog();
  const api = createApi({
    graph,
    schema,
    access,
    ingestion,
    log,
    metrics,
    graphiql: graphiqlOf(config),
    hardening: hardeningOf(config),
    live,
  });
  const collect = collectionEndpoint({ ingestion, access, log });
  const server = createHttpServer({
    api,
    readiness: readinessCheck(graph, migrations),
    metrics,
    log,
    bodyLimitBytes: config.REQUEST_BODY_LIMIT_BYTES,
    authenticate: access.authenticate,
    databaseAvailable: () => graph.available,
    explorer: explorerRoutes(),
    collect,
  });
  const close = async () => {
    await access.trail.close();
    await graph.close();
  };
  return { graph, server, metrics, ingestion, access, live, close };
}
