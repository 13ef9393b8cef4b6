import { rmSync } from 'node:fs';
import { cypher } from '../../graph/cypher-library.js';
import type { ImportFiles } from '../../embedded-neo4j/offline-import.js';
import type { Graph } from '../../graph/graph.js';
import { importFiles, type FileToImport, type ImportOptions } from '../import-files.js';
import type { IngestSummary } from '../ingest-summary.js';
import type { BulkIngestion } from './bulk-ingestion.js';
import { arrayDelimiter } from './csv-files.js';
import { writeGraphFiles } from './graph-files.js';

/**
 * A first load of files into an empty graph through Neo4j's offline importer: the records are
 * read, prepared and resolved exactly as the online import does (BulkIngestion), the whole graph
 * is written as CSV files, the database is replaced by the importer, and reopened with the
 * migrations applied (constraints and indexes built on the full graph). The phases are timed apart.
 */
const q = {
  held: cypher.get('ingestion/bulk-held-data'),
  awaitIndexes: cypher.get('ingestion/bulk-await-indexes'),
};

export class DatabaseNotEmpty extends Error {}

export interface BulkPhases {
  /** Reading, mapping, validating and standardising the files. */
  read: number;
  /** Deciding each batch in memory: identity resolution and the planned writes. */
  resolve: number;
  /** Golden records and journeys derived, the CSV files written. */
  writeFiles: number;
  /** The database stopped, replaced by Neo4j's offline importer. */
  offlineImport: number;
  /** The database started again, the migrations applied, their indexes online. */
  migrations: number;
}

export interface BulkSummary extends IngestSummary {
  phases: BulkPhases;
  /** Nodes and relationships written to the CSV files. */
  graphRows: number;
}

/** The database the load replaces: `replace` runs the importer on it (stopped), `reopen` starts it and applies the migrations. */
export interface ReplaceableDatabase {
  replace(files: ImportFiles): Promise<void>;
  reopen(): Promise<Graph>;
}

/** Refuses a database that holds anything but its schema: the importer would erase it. */
export async function assertEmpty(graph: Graph): Promise<void> {
  const held = await graph.read(q.held);
  if (!held.length) return;
  const what = held.map((row) => `${row.label} ${row.count}`).join(', ');
  throw new DatabaseNotEmpty(
    `The bulk load is for an empty graph, and this database holds data (${what}). Nothing was imported. ` +
      'Import into it without --bulk (the online import adds to what is there), or load into an empty database.',
  );
}

export async function bulkLoad(
  graph: Graph,
  ingestion: BulkIngestion,
  plan: FileToImport[],
  options: ImportOptions & { dir: string },
  database: ReplaceableDatabase,
): Promise<{ summary: BulkSummary; graph: Graph }> {
  await assertEmpty(graph);
  const clock = stopwatch();
  const totals = await importFiles(ingestion, plan, options);
  const reading = clock.lap();
  const files = writeGraphFiles(ingestion.planned, options.dir);
  const writeFiles = clock.lap();
  await database.replace({ ...files, arrayDelimiter });
  const offlineImport = clock.lap();
  rmSync(options.dir, { recursive: true, force: true });
  const reopened = await database.reopen();
  await reopened.read(q.awaitIndexes, { seconds: 3600 });
  const migrations = clock.lap();
  // Reading and deciding batches alternate on one thread; the rest of that lap is the files' own overhead.
  const phases = { read: reading - totals.resolveSeconds, resolve: totals.resolveSeconds, writeFiles, offlineImport, migrations };
  return { summary: { ...totals, phases, graphRows: files.rows }, graph: reopened };
}

function stopwatch() {
  let last = performance.now();
  return {
    lap(): number {
      const now = performance.now();
      const seconds = (now - last) / 1000;
      last = now;
      return seconds;
    },
  };
}
