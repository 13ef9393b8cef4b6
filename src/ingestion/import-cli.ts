import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../config.js';
import { connectNeo4j, embeddedOptions } from '../embedded-neo4j/from-config.js';
import { importOffline } from '../embedded-neo4j/offline-import.js';
import { startEmbedded } from '../embedded-neo4j/instance.js';
import { ArrivalMatching } from '../identity/arrival.js';
import { matchCustomers, type MatchingSummary } from '../identity/fuzzy-pass.js';
import { loadIdentityRules } from '../identity/rules.js';
import { createLogger } from '../observability/log.js';
import { IdentifierHasher } from '../privacy/suppression.js';
import { refreshAmong } from '../segments/segments.js';
import { openGraph } from '../service.js';
import { ImportPlanError, importFiles, planImport, type FileRequest, type FileToImport } from './import-files.js';
import { Ingestion, type IngestOptions } from './ingest.js';
import type { IngestSummary } from './ingest-summary.js';
import { BulkIngestion } from './bulk/bulk-ingestion.js';
import { bulkLoad, DatabaseNotEmpty, type BulkSummary } from './bulk/bulk-load.js';
import type { Graph } from '../graph/graph.js';
import type { Config } from '../config.js';
import { formatPreview, previewFile } from './preview.js';
import { loadMapping, MappingError, registeredSources, type Source } from './sources.js';

/**
 * `npm run import -- [--mapping FILE]... [--preview [--rows N]] [--rejects FILE] [--warnings FILE]
 *   [--batch-size N] [--in-flight 1|2] [--no-match] [--bulk] [--source S] [--kind K] <files...>`
 * Streams source files into the graph with a progress bar, writes every rejected record with its
 * reasons to an NDJSON rejects file and every dropped value to a warnings file, matches each
 * batch's customers with their blocking neighbours as it lands (unless --no-match) and prints the
 * summary. --source and --kind apply to the files after them. --preview writes nothing and shows
 * what an import would do. Files are taken in dependency order: products, customers, then events.
 * --bulk loads an empty graph through Neo4j's offline importer (ingestion/bulk/bulk-load.ts): the
 * same records, rejects and customers, much faster; it needs the embedded Neo4j, stopped and
 * started again by this command, and runs the full fuzzy pass once at the end.
 */
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const { values: flags, tokens } = parseArgs({
  allowPositionals: true,
  tokens: true,
  options: {
    source: { type: 'string' },
    kind: { type: 'string' },
    mapping: { type: 'string', multiple: true, default: [] },
    preview: { type: 'boolean', default: false },
    rows: { type: 'string', default: '5' },
    rejects: { type: 'string', default: `rejects-${stamp}.ndjson` },
    warnings: { type: 'string' },
    'batch-size': { type: 'string', default: '1000' },
    /** Batches written at once when they share no identifier, record or product (see Ingestion.run). */
    'in-flight': { type: 'string', default: '1' },
    'no-match': { type: 'boolean', default: false },
    bulk: { type: 'boolean', default: false },
  },
});

/** Dropped values go next to the rejects unless told otherwise. */
const warningsPath = flags.warnings ?? join(dirname(flags.rejects), `warnings-${stamp}.ndjson`);

class UsageError extends Error {}

try {
  await main();
} catch (error) {
  const known =
    error instanceof ConfigError ||
    error instanceof UsageError ||
    error instanceof ImportPlanError ||
    error instanceof MappingError ||
    error instanceof DatabaseNotEmpty;
  console.error(known ? error.message : error);
  process.exit(1);
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const sources = withMappings(registeredSources(config.SOURCE_MAPPINGS_DIR), flags.mapping);
  const plan = importPlan(sources);
  const rules = loadIdentityRules();
  if (flags.preview) return preview(plan, rules);
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  if (flags.bulk) return bulk(config, sources, plan, rules, log);
  const { neo4j } = await connectNeo4j(config, (line) => console.error(line));
  const graph = await openGraph(config, neo4j, log);
  try {
    const total = (await Promise.all(plan.map(({ file }) => countLines(file)))).reduce((a, b) => a + b, 0);
    const ingestion = new Ingestion(graph, sources, rules, new IdentifierHasher(config.PRIVACY_HASH_KEY));
    // Each batch is matched with its blocking neighbours as it lands (identity/arrival.ts).
    const arrival = flags['no-match'] ? undefined : new ArrivalMatching(graph, rules);
    if (arrival) ingestion.afterEachBatch(arrival.afterBatch);
    ingestion.afterEachBatch((customerIds) => refreshAmong(graph, customerIds));
    const summary = await importWithProgress(total, (options) => importFiles(ingestion, plan, options));
    printSummary(summary, plan.length);
    if (arrival) printMatching(arrival.totals);
  } finally {
    await graph.close();
  }
}

/** The registered sources, and the mapping files given on the command line over them. */
function withMappings(sources: Map<string, Source>, files: string[]): Map<string, Source> {
  for (const file of files) {
    const source = loadMapping(file);
    sources.set(source.source, source);
  }
  return sources;
}

/** Files with the --source and --kind given before them; one --mapping is every file's source by default. */
function importPlan(sources: Map<string, Source>) {
  const requests: FileRequest[] = [];
  const current: { source?: string; kind?: string } = {};
  for (const token of tokens) {
    if (token.kind === 'option' && (token.name === 'source' || token.name === 'kind')) current[token.name] = token.value;
    if (token.kind === 'positional') requests.push({ file: token.value, ...current });
  }
  if (!requests.length)
    throw new UsageError(
      'usage: npm run import -- [--mapping FILE] [--preview [--rows N]] [--rejects FILE] [--warnings FILE] [--batch-size N] [--in-flight 1|2] [--no-match] [--source S] [--kind K] <files...>',
    );
  const only = flags.mapping.length === 1 ? loadMapping(flags.mapping[0]!).source : undefined;
  return planImport(requests, sources, { source: only });
}

async function preview(plan: FileToImport[], rules: ReturnType<typeof loadIdentityRules>): Promise<void> {
  for (const file of plan) console.log(`${formatPreview(await previewFile(file, rules, Number(flags.rows)))}\n`);
  console.log('Nothing was written. References to products and customers, and the identity rules, are checked on import.');
}

/**
 * `--bulk`: the embedded Neo4j, empty, replaced by the offline importer's load of the same graph
 * the online import would write, then the full fuzzy pass (on arrival, the online import matches
 * each batch as it lands; the bulk load matches everyone once, which may merge a little differently).
 */
async function bulk(
  config: Config,
  sources: Map<string, Source>,
  plan: FileToImport[],
  rules: ReturnType<typeof loadIdentityRules>,
  log: ReturnType<typeof createLogger>,
) {
  if (config.NEO4J_URI)
    throw new UsageError(
      '--bulk loads through the embedded Neo4j, which it stops and starts around the offline importer; unset NEO4J_URI (an external server is loaded with its own neo4j-admin database import).',
    );
  const options = embeddedOptions(config, (line) => console.error(line));
  const { neo4j, embedded } = await connectNeo4j(config, (line) => console.error(line));
  // Already running: started by an earlier command, or serving `npm start` (on an empty graph, checked below).
  if (embedded && !embedded.started)
    console.error(`--bulk stops the embedded Neo4j in ${options.home} (pid ${embedded.pid}) for the offline importer and starts it again.`);
  let graph: Graph = await openGraph(config, neo4j, log);
  try {
    const total = (await Promise.all(plan.map(({ file }) => countLines(file)))).reduce((a, b) => a + b, 0);
    const ingestion = new BulkIngestion(graph, sources, rules, new IdentifierHasher(config.PRIVACY_HASH_KEY));
    const database = {
      replace: async (files: Parameters<typeof importOffline>[1]) => {
        await graph.close();
        await importOffline(options, files);
      },
      reopen: async () => {
        await startEmbedded(options);
        return (graph = await openGraph(config, neo4j, log));
      },
    };
    const dir = join(options.home, 'bulk-import');
    const summary = await importWithProgress(total, async (progress) => {
      const loaded = await bulkLoad(graph, ingestion, plan, { ...progress, dir }, database);
      return loaded.summary;
    });
    printSummary(summary, plan.length);
    printPhases(summary as BulkSummary & { seconds: number });
    if (flags['no-match']) return;
    const started = Date.now();
    printMatching(await matchCustomers(graph, rules));
    console.log(`  fuzzy pass ${((Date.now() - started) / 1000).toFixed(1)} s (apart from the load)`);
  } finally {
    await graph.close();
  }
}

function printPhases(summary: BulkSummary & { seconds: number }): void {
  const records = summary.accepted + summary.updated + summary.unchanged + summary.rejected;
  const phase = (name: string, seconds: number) => `${name} ${seconds.toFixed(1)} s (${Math.round(records / seconds)} records/s)`;
  const { read, resolve, writeFiles, offlineImport, migrations } = summary.phases;
  console.log(
    [
      `  phases: ${phase('read', read)}, ${phase('resolve', resolve)}, ${phase('write CSV', writeFiles)} (${summary.graphRows} nodes and relationships),`,
      `          ${phase('offline import', offlineImport)}, ${phase('restart and migrations', migrations)}`,
    ].join('\n'),
  );
}

async function importWithProgress(
  total: number,
  run: (options: IngestOptions & { onFile: (name: string) => void }) => Promise<IngestSummary>,
): Promise<IngestSummary & { seconds: number }> {
  const [rejects, warnings] = [ndjsonFile(flags.rejects), ndjsonFile(warningsPath)];
  const bar = new SingleBar({
    format: '{bar} {percentage}% | {value}/{total} records | {speed} records/s ({phases}) | ETA {eta_formatted} | {file}',
    hideCursor: true,
  });
  const started = Date.now();
  let file = '';
  bar.start(total, 0, { speed: 0, phases: '', file });
  const totals = await run({
    batchSize: Number(flags['batch-size']),
    inFlight: Number(flags['in-flight']),
    onFile: (name) => void (file = name),
    onRecord: (record, result) => {
      for (const warning of result.warnings ?? []) {
        warnings.write({
          file: record.file,
          line: record.line,
          source: result.source,
          kind: result.kind,
          sourceId: result.sourceId,
          ...warning,
        });
      }
    },
    onRejected: (record, result) => {
      rejects.write({
        file: record.file,
        line: record.line,
        source: result.source,
        kind: result.kind,
        sourceId: result.sourceId,
        reasons: result.reasons,
        record: result.suppressed ? undefined : record.original,
      });
    },
    onProgress: (summary) => {
      const done = summary.accepted + summary.updated + summary.unchanged + summary.rejected;
      bar.update(done, { speed: Math.round(done / ((Date.now() - started) / 1000)), phases: phaseRates(summary, done), file });
    },
  });
  bar.stop();
  await Promise.all([rejects.close(), warnings.close()]);
  return { ...totals, seconds: (Date.now() - started) / 1000 };
}

function printSummary(summary: IngestSummary & { seconds: number }, fileCount: number): void {
  const records = summary.accepted + summary.updated + summary.unchanged + summary.rejected;
  console.log(
    [
      `Imported ${records} records from ${fileCount} files in ${summary.seconds.toFixed(1)} s (${Math.round(records / summary.seconds)} records/s)`,
      `  accepted ${summary.accepted}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.rejected}`,
      `  new customers ${summary.newCustomers}, merges ${summary.merges}, links refused by the identity rules ${summary.refusedLinks}, blocked placeholder values ${summary.blockedValues}`,
      `  values dropped ${summary.droppedValues}, value map misses ${summary.valueMapMisses}, rows skipped by the mapping ${summary.skipped}`,
      `  records/s by phase: ${phaseRates(summary, records)}`,
      `  transactions tried again ${summary.retries}, timed out and written again in halves ${summary.timeouts}`,
      summary.rejected ? `  rejected records and their reasons: ${flags.rejects}` : '  no record was rejected',
      summary.droppedValues || summary.refusedLinks
        ? `  dropped values and refused links, each with its reason: ${warningsPath}`
        : '  no value was dropped',
    ].join('\n'),
  );
}

/** Each phase's own pace: records over the seconds spent in it (reading overlaps writing). */
function phaseRates(summary: IngestSummary, records: number): string {
  const rate = (seconds: number) => (seconds > 0 ? Math.round(records / seconds) : '-');
  return `read ${rate(summary.readSeconds)}, resolve ${rate(summary.resolveSeconds)}, write ${rate(summary.writeSeconds)}`;
}

function printMatching(matching: MatchingSummary): void {
  console.log(
    [
      `Fuzzy matching: ${matching.records} customer records, ${matching.compared} pairs compared`,
      `  merged ${matching.merged}, kept for review ${matching.reviewPairs}, refused by the rules ${matching.refused.length}`,
    ].join('\n'),
  );
}

/** An NDJSON file opened on its first line, so a clean import leaves no empty file behind. */
function ndjsonFile(path: string) {
  let stream: WriteStream | undefined;
  return {
    write: (value: unknown) => (stream ??= createWriteStream(path)).write(`${JSON.stringify(value)}\n`),
    close: () => new Promise<void>((resolve) => (stream ? stream.end(resolve) : resolve())),
  };
}

/** Records in a file, for the progress bar's total and ETA (CSV minus its header line). */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    for (const byte of chunk as Buffer) if (byte === 10) lines += 1;
  }
  return file.endsWith('.csv') ? Math.max(0, lines - 1) : lines;
}
