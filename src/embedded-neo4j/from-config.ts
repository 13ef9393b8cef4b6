import type { Config } from '../config.js';
import type { Neo4jConnection } from '../graph/graph.js';
import { startEmbedded, type EmbeddedConnection, type EmbeddedOptions } from './instance.js';

export function embeddedOptions(config: Config, log: (line: string) => void): EmbeddedOptions {
  return {
    home: config.NEO4J_EMBEDDED_HOME,
    boltPort: config.NEO4J_EMBEDDED_BOLT_PORT,
    heap: config.NEO4J_EMBEDDED_HEAP,
    pageCache: config.NEO4J_EMBEDDED_PAGECACHE,
    password: config.NEO4J_EMBEDDED_PASSWORD,
    plugins: config.NEO4J_EMBEDDED_PLUGINS,
    log,
  };
}

/** The server NEO4J_URI names, or else the project's embedded Neo4j (started, or reused). */
export async function connectNeo4j(
  config: Config,
  log: (line: string) => void,
): Promise<{ neo4j: Neo4jConnection; embedded?: EmbeddedConnection }> {
  if (config.NEO4J_URI) return { neo4j: { uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD! } };
  const embedded = await startEmbedded(embeddedOptions(config, log));
  return { neo4j: embedded, embedded };
}
