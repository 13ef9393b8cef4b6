import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
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
import { ImportPlanError, importFiles, planImport, type FileRequest, type FileToImport } from './import-files.js';
import { Ingestion, type IngestSummary } from './ingest.js';
import { formatPreview, previewFile } from './preview.js';
import { loadMapping, MappingError, registeredSources, type Source } from './sources.js';

/**
 * `npm run import -- [--mapping FILE]... [--preview [--rows N]] [--rejects FILE] [--warnings FILE]
 *   [--batch-size N] [--no-match] [--source S] [--kind K] <files...>`
 * Streams source files into the graph with a progress bar, writes every rejected record with its
 * reasons to an NDJSON rejects file and every dropped value to a warnings file, matches each
 * batch's customers with their blocking neighbours as it lands (unless --no-match) and prints the
 * summary. --source and --kind apply to the files after them. --preview writes nothing and shows
 * what an import would do. Files are taken in dependency order: products, customers, then events.
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
    'no-match': { type: 'boolean', default: false },
  },
});

/** Dropped values go next to the rejects unless told otherwise. */
const warningsPath = flags.warnings ?? join(dirname(flags.rejects), `warnings-${stamp}.ndjson`);

class UsageError extends Error {}

try {
  await main();
} catch (error) {
  const known =
    error instanceof ConfigError || error instanceof UsageError || error instanceof ImportPlanError || error instanceof MappingError;
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
  const { neo4j } = await connectNeo4j(config, (line) => console.error(line));
  const graph = await openGraph(config, neo4j, log);
  try {
    const total = (await Promise.all(plan.map(({ file }) => countLines(file)))).reduce((a, b) => a + b, 0);
    const ingestion = new Ingestion(graph, sources, rules, new IdentifierHasher(config.PRIVACY_HASH_KEY));
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
      'usage: npm run import -- [--mapping FILE] [--preview [--rows N]] [--rejects FILE] [--warnings FILE] [--batch-size N] [--no-match] [--source S] [--kind K] <files...>',
    );
  const only = flags.mapping.length === 1 ? loadMapping(flags.mapping[0]!).source : undefined;
  return planImport(requests, sources, { source: only });
}

async function preview(plan: FileToImport[], rules: ReturnType<typeof loadIdentityRules>): Promise<void> {
  for (const file of plan) console.log(`${formatPreview(await previewFile(file, rules, Number(flags.rows)))}\n`);
  console.log('Nothing was written. References to products and customers, and the identity rules, are checked on import.');
}

async function importWithProgress(ingestion: Ingestion, plan: FileToImport[], total: number): Promise<IngestSummary & { seconds: number }> {
  const [rejects, warnings] = [ndjsonFile(flags.rejects), ndjsonFile(warningsPath)];
  const bar = new SingleBar({
    format: '{bar} {percentage}% | {value}/{total} records | {speed} records/s ({phases}) | ETA {eta_formatted} | {file}',
    hideCursor: true,
  });
  const started = Date.now();
  let file = '';
  bar.start(total, 0, { speed: 0, phases: '', file });
  const totals = await importFiles(ingestion, plan, {
    batchSize: Number(flags['batch-size']),
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
