import type { Server } from 'node:http';
import { ConfigError, loadConfig, type Config } from './config.js';
import { loadDemoData } from './demo/demo-data.js';
import { connectNeo4j } from './embedded-neo4j/from-config.js';
import { EmbeddedStartError, stopEmbedded, type EmbeddedConnection } from './embedded-neo4j/instance.js';
import { MissingPrerequisite } from './embedded-neo4j/toolchain.js';
import { tokenSettings } from './access/settings.js';
import { signToken } from './access/tokens.js';
import { createLogger } from './observability/log.js';
import { createService } from './service.js';

/**
 * `npm start`: with no NEO4J_URI, the project's embedded Neo4j (started, or reused when it runs);
 * otherwise the server NEO4J_URI names. Then migrations, demo data in an empty graph, and the API.
 */
const config = readConfig();
const log = createLogger(config.LOG_LEVEL);

try {
  await run(config);
} catch (error) {
  if (error instanceof EmbeddedStartError || error instanceof MissingPrerequisite) {
    console.error(`\n${error.message}\n`);
  } else {
    log.fatal({ err: error }, 'start-up failed');
  }
  process.exit(1);
}

async function run(config: Config): Promise<void> {
  const { neo4j, embedded } = await connectNeo4j(config, (line) => log.info(line));
  const { graph, server, ingestion, close } = await createService(config, neo4j, log);
  await listen(server, config);
  await printWhereEverythingIs(config, embedded);
  // The API answers at once; an empty graph fills with the demo data in the background.
  if (config.DEMO_DATA) loadDemoData(graph, ingestion, log).catch((error: unknown) => log.error({ err: error }, 'demo data not loaded'));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: HTTP server, then the Neo4j driver, then the embedded database');
    await closeServer(server);
    await close();
    if (embedded?.started) await stopEmbedded(config.NEO4J_EMBEDDED_HOME);
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** Development prints a 12-hour admin token and how to mint others; production takes tokens from its identity provider. */
async function howToAuthenticate(config: Config): Promise<string[]> {
  if (config.NODE_ENV === 'production')
    return [`  Auth       RS256 tokens from ${config.AUTH_JWKS_URL}, or API keys (npm run access -- key create)`];
  const token = await signToken(tokenSettings(config), 'developer', 'ADMIN');
  return [
    '  Auth       every request needs "Authorization: Bearer <token>". An ADMIN token for 12 hours:',
    `             ${token}`,
    '             Other roles: npm run access -- token --role SALES|MARKETING|SERVICE|ANALYST|ADMIN|INGEST',
  ];
}

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

function listen(server: Server, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new EmbeddedStartError(`Port ${config.PORT} on ${config.HOST} is already in use: stop what holds it or set PORT.`)
          : error,
      );
    });
    server.listen(config.PORT, config.HOST, resolve);
  });
}

/** In-flight requests get ten seconds to finish; idle keep-alive connections are closed at once. */
function closeServer(server: Server): Promise<void> {
  const force = setTimeout(() => server.closeAllConnections(), 10_000);
  server.closeIdleConnections();
  return new Promise((resolve) =>
    server.close(() => {
      clearTimeout(force);
      resolve();
    }),
  );
}

async function printWhereEverythingIs(config: Config, embedded: EmbeddedConnection | undefined): Promise<void> {
  const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  const database = embedded
    ? `${embedded.uri} (embedded Neo4j ${embedded.started ? 'started' : 'reused'}, pid ${embedded.pid}; ` +
      `data in ${config.NEO4J_EMBEDDED_HOME}, user neo4j, password in ${config.NEO4J_EMBEDDED_HOME}/password)`
    : `${config.NEO4J_URI} (database ${config.NEO4J_DATABASE})`;
  log.info({ graphql: `${base}/graphql`, neo4j: embedded?.uri ?? config.NEO4J_URI }, 'service ready');
  console.error(
    [
      '',
      `  GraphQL    ${base}/graphql${config.NODE_ENV !== 'production' ? '  (GraphiQL in the browser)' : ''}`,
      `  Explorer   ${base}/explorer  (sign in with a token or API key)`,
      `  Health     ${base}/healthz   Ready ${base}/readyz   Metrics ${base}/metrics`,
      `  Neo4j      ${database}`,
      ...(await howToAuthenticate(config)),
      '  Stop with Ctrl-C.',
      '',
    ].join('\n'),
  );
}
