import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { generate } from '../generator/generate.js';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { matchCustomers } from '../identity/fuzzy-pass.js';
import { importFiles, planImport, sourceFilesIn } from '../ingestion/import-files.js';
import type { Ingestion } from '../ingestion/ingest.js';

/**
 * A small generated data set (six sources, duplicates, dirt and all) for a fresh service to show.
 * Loaded through the real import pipeline, and only into a graph without customers, so real data
 * is never touched.
 */
const count = cypher.get('demo/customer-count');

export async function loadDemoData(graph: Graph, ingestion: Ingestion, log: Logger, customers = 200): Promise<boolean> {
  const [row] = await graph.read(count);
  if (Number(row?.customers) > 0) return false;
  const dir = mkdtempSync(join(tmpdir(), 'customer-graph-demo-'));
  try {
    generate({ seed: 42, customers, out: dir });
    const summary = await importFiles(ingestion, planImport(sourceFilesIn(dir), ingestion.sources));
    const matching = await matchCustomers(graph, ingestion.rules);
    log.info(
      { ...summary, fuzzyMerges: matching.merged, reviewPairs: matching.reviewPairs },
      `demo data loaded: ${customers} generated people from six sources`,
    );
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
