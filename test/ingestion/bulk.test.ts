import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../bench/ingest/fingerprint.js';
import { startEmbedded, stopEmbedded, type EmbeddedConnection } from '../../src/embedded-neo4j/instance.js';
import { importOffline } from '../../src/embedded-neo4j/offline-import.js';
import { generate } from '../../src/generator/generate.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { Graph } from '../../src/graph/graph.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { BulkIngestion } from '../../src/ingestion/bulk/bulk-ingestion.js';
import { bulkLoad, DatabaseNotEmpty } from '../../src/ingestion/bulk/bulk-load.js';
import { importFiles, planImport, sourceFilesIn, type FileRequest, type FileToImport } from '../../src/ingestion/import-files.js';
import { Ingestion, type IncomingRecord, type RecordResult } from '../../src/ingestion/ingest.js';
import type { IngestSummary } from '../../src/ingestion/ingest-summary.js';
import { loadMapping, loadSources, type Source } from '../../src/ingestion/sources.js';
import { createLogger } from '../../src/observability/log.js';
import { projectRoot } from '../../src/project.js';
import { openGraph } from '../../src/service.js';
import { emptyGraph, testConfig, testGraph, testHasher, testNeo4j } from '../support/graph.js';

/**
 * The bulk first load (npm run import -- --bulk) against the online import of the same files: two
 * fresh databases, the same graph (every label and relationship type counted, the fingerprint of
 * who each record is about, which identities each customer holds, where each golden value comes
 * from and which event follows which, the type of every property), the same records' results and
 * rejects. The bulk load replaces a database, so it runs on an embedded Neo4j of its own.
 */
const home = process.env.NEO4J_BULK_TEST_HOME ?? join(projectRoot, '.neo4j', 'bulk-test');
const options = { home, boltPort: Number(process.env.NEO4J_BULK_TEST_BOLT_PORT ?? 7684), heap: '1g', pageCache: '256m' };
const rules = loadIdentityRules();
const silent = createLogger('silent');
/** History a one-shot write has no way of keeping as the batches did (see bench/ingest/fingerprint.ts). */
const history = /^(MergedCustomer|AttributeChange|MERGED_INTO|CHANGED) /;

interface Loaded {
  summary: Partial<IngestSummary>;
  results: string[];
  rejects: string[];
}

/** Every record's result and every reject, as the import command would write them. */
function listening() {
  const loaded = { results: [] as string[], rejects: [] as string[] };
  const line = (record: IncomingRecord, result: RecordResult) =>
    JSON.stringify({
      file: record.file,
      line: record.line,
      status: result.status,
      reasons: result.reasons,
      warnings: result.warnings,
      newCustomer: result.newCustomer,
    });
  return {
    loaded,
    options: {
      batchSize: 50,
      onRecord: (record: IncomingRecord, result: RecordResult) => void loaded.results.push(line(record, result)),
      onRejected: (record: IncomingRecord, result: RecordResult) =>
        void loaded.rejects.push(
          JSON.stringify({ file: record.file, line: record.line, reasons: result.reasons, record: record.original }),
        ),
    },
  };
}

async function online(plan: FileToImport[], sources: Map<string, Source>): Promise<Loaded> {
  const empty = testGraph();
  await emptyGraph(empty);
  await empty.close();
  // As the import command opens it: migrations, then the topics the topic rules name.
  const graph = await openGraph(testConfig(), testNeo4j(), silent);
  try {
    const { loaded, options: listeners } = listening();
    const summary = await importFiles(new Ingestion(graph, sources, rules, testHasher()), plan, listeners);
    return { summary: counts(summary), ...loaded };
  } finally {
    await graph.close();
  }
}

/** A summary's counts, without the seconds each phase took. */
function counts(summary: IngestSummary & { phases?: unknown; graphRows?: number }): Partial<IngestSummary> {
  const { readSeconds: _read, resolveSeconds: _resolve, writeSeconds: _write, phases: _phases, graphRows: _rows, ...rest } = summary;
  return rest;
}

let connection: EmbeddedConnection;
const bulkGraph = () => new Graph({ ...connection, database: 'neo4j', txTimeoutMs: 120_000, maxPoolSize: 4 });

async function bulk(plan: FileToImport[], sources: Map<string, Source>): Promise<Loaded> {
  let graph = await openGraph(testConfig(), connection, silent);
  try {
    await emptyGraph(graph);
    const { loaded, options: listeners } = listening();
    const ingestion = new BulkIngestion(graph, sources, rules, testHasher());
    const database = {
      replace: async (files: Parameters<typeof importOffline>[1]) => {
        await graph.close();
        await importOffline(options, files, '1g');
      },
      reopen: async () => {
        connection = await startEmbedded(options);
        return (graph = await openGraph(testConfig(), connection, silent));
      },
    };
    const { summary } = await bulkLoad(graph, ingestion, plan, { ...listeners, dir: mkdtempSync(join(tmpdir(), 'bulk-csv-')) }, database);
    expect(Object.values(summary.phases).every((seconds) => seconds >= 0)).toBe(true);
    return { summary: counts(summary), ...loaded };
  } finally {
    await graph.close();
  }
}

async function shapes(graph: Graph): Promise<string[]> {
  const rows = await graph.read(cypher.get('test-support/property-shapes'));
  return rows.map((row) => row.line as string).filter((line) => !history.test(line));
}

async function describeGraph(graph: Graph) {
  try {
    const fingerprint = await fingerprintOf(graph);
    return { counts: fingerprint.counts, hash: fingerprint.hash, shapes: await shapes(graph) };
  } finally {
    await graph.close();
  }
}

/** Loads the plan both ways and checks the two graphs and the two accounts of the records are one. */
async function expectSameBothWays(plan: FileToImport[], sources: Map<string, Source>) {
  const viaOnline = await online(plan, sources);
  const onlineGraph = await describeGraph(testGraph(120_000));
  const viaBulk = await bulk(plan, sources);
  const bulkGraphNow = await describeGraph(bulkGraph());
  expect(viaBulk.summary).toEqual(viaOnline.summary);
  expect(viaBulk.rejects).toEqual(viaOnline.rejects);
  expect(viaBulk.results).toEqual(viaOnline.results);
  expect(bulkGraphNow.counts).toEqual(onlineGraph.counts);
  expect(bulkGraphNow.shapes).toEqual(onlineGraph.shapes);
  expect(bulkGraphNow.hash).toBe(onlineGraph.hash);
  return viaOnline;
}

beforeAll(async () => {
  connection = await startEmbedded(options);
}, 300_000);

afterAll(async () => {
  await stopEmbedded(home);
}, 120_000);

describe('the bulk first load of generated multi-source data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bulk-generated-'));
  const sources = loadSources();
  let plan: FileToImport[];

  beforeAll(() => {
    generate({ seed: 7, customers: 60, out: dir });
    plan = planImport(sourceFilesIn(dir), sources);
  });

  it('gives the graph, the results and the rejects of the online import of the same files', async () => {
    const viaOnline = await expectSameBothWays(plan, sources);
    expect(viaOnline.summary.rejected).toBeGreaterThan(0);
    expect(viaOnline.summary.merges).toBeGreaterThan(0);
  }, 600_000);

  it('is left unchanged by a replay of the same files through the online import', async () => {
    const graph = bulkGraph();
    try {
      const before = await fingerprintOf(graph);
      const summary = await importFiles(new Ingestion(graph, sources, rules, testHasher()), plan, { batchSize: 50 });
      expect(summary.accepted + summary.updated).toBe(0);
      expect(summary.unchanged).toBeGreaterThan(0);
      expect(summary.merges).toBe(0);
      const after = await fingerprintOf(graph);
      expect(after.counts).toEqual(before.counts);
      expect(after.hash).toBe(before.hash);
    } finally {
      await graph.close();
    }
  }, 600_000);

  it('refuses a database that holds data, saying what it holds, and changes nothing', async () => {
    const graph = bulkGraph();
    try {
      const before = await fingerprintOf(graph);
      const ingestion = new BulkIngestion(graph, sources, rules, testHasher());
      const database = {
        replace: () => Promise.reject(new Error('must not be called')),
        reopen: () => Promise.reject(new Error('must not be called')),
      };
      const load = bulkLoad(graph, ingestion, plan, { dir: mkdtempSync(join(tmpdir(), 'bulk-csv-')) }, database);
      await expect(load).rejects.toThrow(DatabaseNotEmpty);
      await expect(load).rejects.toThrow(
        /The bulk load is for an empty graph, and this database holds data \(.*Customer \d+.*SourceRecord \d+/,
      );
      expect((await fingerprintOf(graph)).hash).toBe(before.hash);
    } finally {
      await graph.close();
    }
  }, 120_000);
});

describe("the bulk first load of another company's exports, through their own mappings", () => {
  const fixture = join(projectRoot, 'test', 'fixtures', 'fernhill');
  const sources = loadSources();
  for (const name of readdirSync(join(fixture, 'mappings')).filter((file) => file.endsWith('.yaml'))) {
    const source = loadMapping(join(fixture, 'mappings', name));
    sources.set(source.source, source);
  }
  const files: FileRequest[] = [
    { source: 'fh-shop', kind: 'customer', file: 'accounts.csv' },
    { source: 'fh-shop', kind: 'product', file: 'catalogue.csv' },
    { source: 'fh-shop', kind: 'order', file: 'orders.ndjson' },
    { source: 'fh-crm', kind: 'customer', file: 'contacts.csv' },
    { source: 'fh-web', kind: 'touchpoint', file: 'web-hits.csv' },
    { source: 'fh-email', kind: 'touchpoint', file: 'email-events.csv' },
    { source: 'fh-social', kind: 'socialSignal', file: 'mentions.ndjson' },
    { source: 'fh-prefs', kind: 'consent', file: 'consent-log.csv' },
  ].map((request) => ({ ...request, file: join(fixture, 'exports', request.file) }));

  it('gives the graph, the results and the rejects of the online import', async () => {
    const plan = planImport(files, sources);
    const viaOnline = await expectSameBothWays(plan, sources);
    expect(viaOnline.summary.rejected).toBeGreaterThan(0);
    const stored = async (graph: Graph) => {
      try {
        const rows = await graph.read(cypher.get('test-support/stored-records'), {
          sources: [...new Set(files.map((file) => file.source))],
        });
        // Lists come in the store's order, which two ways of writing need not share.
        const sorted = (list: unknown) => (list as unknown[]).map((item) => JSON.stringify(item)).sort();
        return rows.map((row) =>
          JSON.stringify({ ...row, identities: sorted(row.identities), lines: sorted(row.lines), products: sorted(row.products) }),
        );
      } finally {
        await graph.close();
      }
    };
    expect(await stored(bulkGraph())).toEqual(await stored(testGraph()));
  }, 600_000);
});
