import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { Graph, type Params, type Row } from '../../src/graph/graph.js';
import type { Statement } from '../../src/graph/cypher-library.js';
import { applyMigrations, migrationsOf } from '../../src/graph/migrations.js';
import { IdentifierHasher } from '../../src/privacy/suppression.js';

/** The run's Neo4j (see global-setup.ts). */
export const testNeo4j = () => inject('neo4j');

/** The suite's own token secret: tests mint tokens for any role with it (see service.ts `tokenFor`). */
export const testTokenSecret = 'a-secret-only-the-test-suite-uses-0123456789';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', AUTH_JWT_SECRET: testTokenSecret, ...overrides });
}

/** The suppression hasher with the test configuration's key, as the service would build it. */
export const testHasher = () => new IdentifierHasher(testConfig().PRIVACY_HASH_KEY);

export function testGraph(txTimeoutMs = 30_000): Graph {
  return new Graph({ ...testNeo4j(), database: 'neo4j', txTimeoutMs, maxPoolSize: 10 });
}

/** Deletes every node, a slice per transaction. */
export async function emptyGraph(graph: Graph): Promise<void> {
  while (Number((await graph.write(cypher.get('test-support/delete-everything'), { limit: 20_000 }))[0]?.deleted) > 0);
}

/** The known state every data test starts from: an empty graph with the project's schema. */
export async function resetGraph(graph: Graph): Promise<void> {
  await emptyGraph(graph);
  await applyMigrations(graph, migrationsOf(cypher));
}

/**
 * Runs `statement` in a write transaction that stays open, holding the locks it took, until
 * `release` is called; the transaction is then rolled back. For tests of what waits for a lock.
 */
export async function holdOpen(graph: Graph, statement: Statement, params: Params): Promise<{ rows: Row[]; release: () => Promise<void> }> {
  let release = () => {};
  let holding = (_rows: Row[]) => {};
  const held = new Promise<Row[]>((resolve) => (holding = resolve));
  const open = graph
    .transaction('write', async (tx) => {
      holding(await tx.run(statement, params));
      await new Promise<void>((resolve) => (release = resolve));
      throw new Error('rolled back: the test only wanted the locks');
    })
    .catch(() => undefined);
  const rows = await held;
  return {
    rows,
    release: async () => {
      release();
      await open;
    },
  };
}
