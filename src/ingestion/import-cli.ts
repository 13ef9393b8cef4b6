import { createReadStream, createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../config.js';
import { connectNeo4j } from '../embedded-neo4j/from-config.js';
import { ArrivalMatching } from '../identity/arrival.js';
import type { MatchingSummary } from '../identity/fuzzy-pass.js';
import { loadIdentityRules } from '../identity/rules.js';
import { createLogger } from '../observability/log.js';
import { IdentifierHasher } from '../privacy/suppression.js';
import { refreshAmong } from '../segments/segments.js';
import { openGraph } from '../service.js';
import { ImportPlanError, importFiles, planImport, type FileToImport } from './import-files.js';
import { Ingestion, type IngestSummary } from './ingest.js';
import { loadSources } from './sources.js';

/**
 * `npm run import -- [--source S --kind K] [--rejects FILE] [--batch-size N] [--no-match] <files...>`
 * Streams source files into the graph with a progress bar, writes every rejected record with its
 * reasons to an NDJSON rejects file, matches each batch's customers with their blocking neighbours
 * as it lands (unless --no-match) and prints the summary. Files are taken in dependency order: products, customers, then events.
 */
const { values: flags, positionals: files } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    kind: { type: 'string' },
    rejects: { type: 'string', default: `rejects-${new Date().toISOString().replace(/[:.]/g, '-')}.ndjson` },
    'batch-size': { type: 'string', default: '1000' },
    'no-match': { type: 'boolean', default: false },
  },
});

class UsageError extends Error {}

try {
  await main();
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof UsageError || error instanceof ImportPlanError ? error.message : error);
  process.exit(1);
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const plan = importPlan();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const { neo4j } = await connectNeo4j(config, (line) => console.error(line));
  const graph = await openGraph(config, neo4j, log);
  try {
    const total = (await Promise.all(plan.map(({ file }) => countLines(file)))).reduce((a, b) => a + b, 0);
    const rules = loadIdentityRules();
    const ingestion = new Ingestion(graph, loadSources(), rules, new IdentifierHasher(config.PRIVACY_HASH_KEY));
    // Each batch is matched with its blocking neighbours as it lands (identity/arrival.ts).
    const arrival = flags['no-match'] ? undefined : new ArrivalMatching(graph, rules);
    if (arrival) ingestion.afterEachBatch(arrival.afterBatch);
    ingestion.afterEachBatch((customerIds) => refreshAmong(graph, customerIds));
    const summary = await importWithProgress(ingestion, plan, total);
    printSummary(summary, plan.length);
    if (arrival) printMatching(arrival.totals);
  } finally {
    await graph.close();
  }
}


function importPlan() {
  if (!files.length) throw new UsageError('usage: npm run import -- [--source S --kind K] [--rejects FILE] [--batch-size N] [--no-match] <files...>');
  return planImport(files, loadSources(), { source: flags.source, kind: flags.kind });
}

async function importWithProgress(ingestion: Ingestion, plan: FileToImport[], total: number): Promise<IngestSummary & { seconds: number }> {
  const rejects = createWriteStream(flags.rejects!);
  const bar = new SingleBar({
    format: '{bar} {percentage}% | {value}/{total} records | {speed} records/s | ETA {eta_formatted} | {file}',
    hideCursor: true,
  });
  const started = Date.now();
  let file = '';
  bar.start(total, 0, { speed: 0, file });
  const totals = await importFiles(ingestion, plan, {
    batchSize: Number(flags['batch-size']),
    onFile: (name) => void (file = name),
    onRejected: (record, result) => {
      rejects.write(`${JSON.stringify({ file: record.file, line: record.line, source: result.source, kind: result.kind, sourceId: result.sourceId, reasons: result.reasons, record: result.suppressed ? undefined : record.original })}\n`);
    },
    onProgress: (summary) => {
      const done = summary.accepted + summary.updated + summary.unchanged + summary.rejected;
      bar.update(done, { speed: Math.round(done / ((Date.now() - started) / 1000)), file });
    },
  });
  bar.stop();
  await new Promise((resolve) => rejects.end(resolve));
  return { ...totals, seconds: (Date.now() - started) / 1000 };
}

function printSummary(summary: IngestSummary & { seconds: number }, fileCount: number): void {
  const records = summary.accepted + summary.updated + summary.unchanged + summary.rejected;
  console.log([
    `Imported ${records} records from ${fileCount} files in ${summary.seconds.toFixed(1)} s (${Math.round(records / summary.seconds)} records/s)`,
    `  accepted ${summary.accepted}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.rejected}`,
    `  merges ${summary.merges}, links refused by the identity rules ${summary.refusedLinks}, blocked placeholder values ${summary.blockedValues}`,
    summary.rejected ? `  rejected records and their reasons: ${flags.rejects}` : '  no record was rejected',
  ].join('\n'));
}

function printMatching(matching: MatchingSummary): void {
  console.log([
    `Fuzzy matching: ${matching.records} customer records, ${matching.compared} pairs compared`,
    `  merged ${matching.merged}, kept for review ${matching.reviewPairs}, refused by the rules ${matching.refused.length}`,
  ].join('\n'));
}

/** Records in a file, for the progress bar's total and ETA (CSV minus its header line). */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    for (const byte of chunk as Buffer) if (byte === 10) lines += 1;
  }
  return file.endsWith('.csv') ? Math.max(0, lines - 1) : lines;
}
