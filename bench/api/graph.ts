import { existsSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { join } from 'node:path';
import { startEmbedded, type EmbeddedConnection } from '../../src/embedded-neo4j/instance.js';
import type { Plugin } from '../../src/embedded-neo4j/plugins.js';
import { generate } from '../../src/generator/generate.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { Graph } from '../../src/graph/graph.js';
import { applyMigrations, migrationsOf } from '../../src/graph/migrations.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { importFiles, planImport, sourceFilesIn } from '../../src/ingestion/import-files.js';
import { Ingestion } from '../../src/ingestion/ingest.js';
import { loadSources } from '../../src/ingestion/sources.js';
import { projectRoot } from '../../src/project.js';
import { devPrivacyHashKey } from '../../src/config.js';
import { IdentifierHasher } from '../../src/privacy/suppression.js';
import { toParameters } from '../../src/graph/values.js';

/**
 * The graph the API benchmark reads: the generated data set of `customers` people (seed 42),
 * imported through the product once into its own embedded Neo4j (`.neo4j/bench-api`) and kept
 * there for later runs, since importing 100k people takes a while. Another benchmark may keep
 * its own graph in another folder and port, so the two never share a database.
 */
export async function benchGraph(
  customers: number,
  where: { home: string; boltPort: number; plugins?: Plugin[]; heap?: string; pageCache?: string } = { home: 'bench-api', boltPort: 7694 },
): Promise<EmbeddedConnection> {
  const connection = await startEmbedded({
    home: join(projectRoot, '.neo4j', where.home),
    boltPort: where.boltPort,
    heap: where.heap ?? '4g',
    pageCache: where.pageCache ?? '3g',
    plugins: where.plugins,
  });
  const graph = new Graph({ ...connection, database: 'neo4j', txTimeoutMs: 600_000, maxPoolSize: 4 });
  try {
    await applyMigrations(graph, migrationsOf(cypher));
    const { count } = (await graph.read(cypher.get('bench/customer-count')))[0] as { count: number };
    if (count === 0) {
      const dir = join(projectRoot, '.bench-data', `api-42-${customers}`);
      if (!existsSync(join(dir, 'manifest.json'))) generate({ seed: 42, customers, out: dir });
      const started = performance.now();
      const summary = await importFiles(
        new Ingestion(graph, loadSources(), loadIdentityRules(), new IdentifierHasher(devPrivacyHashKey)),
        planImport(sourceFilesIn(dir), loadSources()),
        {
          onFile: (file) => console.error(`importing ${file} (${Math.round((performance.now() - started) / 1000)} s so far)`),
        },
      );
      console.error(`imported ${summary.accepted} records in ${Math.round((performance.now() - started) / 1000)} s`);
    }
  } finally {
    await graph.close();
  }
  return connection;
}

/** A read through the raw driver, as a hand-written query would run: its own session, one managed read transaction. */
export function rawReader(driver: Driver) {
  return async (statement: string, params: Record<string, unknown>) => {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => tx.run(statement, toParameters(params)));
    } finally {
      await session.close();
    }
  };
}
