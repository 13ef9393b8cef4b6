import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { pendingMigrations, type Migration } from '../graph/migrations.js';

export type Readiness = { ready: true } | { ready: false; reason: string };

const ping = cypher.get('health/ping');

/** Ready means: Neo4j answers a query within the time limit, and every migration is applied. */
export function readinessCheck(graph: Graph, migrations: Migration[], timeoutMs = 3000): () => Promise<Readiness> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Neo4j did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const check = (async () => {
        await graph.read(ping);
        return pendingMigrations(graph, migrations);
      })();
      const pending = await Promise.race([check, timeout]);
      return pending.length ? { ready: false, reason: `migrations: ${pending.join('; ')}` } : { ready: true };
    } catch (error) {
      return { ready: false, reason: `Neo4j: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      clearTimeout(timer);
    }
  };
}
