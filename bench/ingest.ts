import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { startEmbedded, stopEmbedded, type EmbeddedConnection } from '../src/embedded-neo4j/instance.js';
import { generate } from '../src/generator/generate.js';
import { cypher } from '../src/graph/cypher-library.js';
import { Graph } from '../src/graph/graph.js';
import { applyMigrations, migrationsOf } from '../src/graph/migrations.js';
import { toParameters } from '../src/graph/values.js';
import { loadIdentityRules } from '../src/identity/rules.js';
import { consentRow, orderRow, productRow, socialSignalRow, sourceRecordRow, touchpointRow } from '../src/ingestion/fact-rows.js';
import { importFiles, planImport, sourceFilesIn, type FileToImport } from '../src/ingestion/import-files.js';
import { Ingestion } from '../src/ingestion/ingest.js';
import { prepareRecord, type PreparedRecord } from '../src/ingestion/prepare.js';
import { readSourceFile } from '../src/ingestion/read.js';
import { loadSources } from '../src/ingestion/sources.js';
import { projectRoot } from '../src/project.js';
import { devPrivacyHashKey } from '../src/config.js';
import { IdentifierHasher } from '../src/privacy/suppression.js';
import { importOffline } from '../src/embedded-neo4j/offline-import.js';
import { BulkIngestion } from '../src/ingestion/bulk/bulk-ingestion.js';
import { bulkLoad, type BulkPhases } from '../src/ingestion/bulk/bulk-load.js';
import { reachAfterImport } from '../src/topics/reach.js';
import { cpuSeconds, fingerprintOf, type Fingerprint } from './ingest/fingerprint.js';
import { landedRecords, writeLeanCeiling } from './ingest/lean-ceiling.js';

/**
 * `npm run bench:ingest -- [--customers 20500] [--runs 3] [--batch 1000] [--port 7692] [--paths ours,ours2,bulk,lean,replay]`:
 * end-to-end ingestion of a generated multi-source data set (about 1M records at the default
 * size), online and through the bulk first load (src/ingestion/bulk: the offline importer,
 * checked equal to ours by the same fingerprint, its phases apart), beside two other writes of it: the true ceiling (bench/ingest/lean-ceiling.ts: the leanest raw write of the
 * same resulting graph, golden records and NEXT links included, checked equal by counts and a
 * fingerprint) and the replay of our upsert statements on prepared rows (no resolution, golden
 * records or journeys; the "ceiling" this bench used to report). Each run starts from a fresh
 * database; the paths alternate so machine noise hits all; medians are reported, with Neo4j's
 * CPU seconds per path and the load average.
 */
const { values: flags } = parseArgs({
  options: {
    customers: { type: 'string', default: '20500' },
    runs: { type: 'string', default: '3' },
    batch: { type: 'string', default: '1000' },
    port: { type: 'string', default: '7692' },
    /** Which paths to run, in this order of reference: ours, ours2 (two batches in flight), bulk, lean, replay. */
    paths: { type: 'string', default: 'ours,bulk,lean,replay' },
  },
});
const customers = Number(flags.customers);
const batchSize = Number(flags.batch);
const dataDir = join(projectRoot, '.bench-data', `ingest-42-${customers}`);
const home = join(projectRoot, '.neo4j', 'bench');
const options = { home, boltPort: Number(flags.port), heap: '4g', pageCache: '2g' };
const sources = loadSources();
const rules = loadIdentityRules();
let plan: FileToImport[] = [];

async function freshDatabase(): Promise<EmbeddedConnection> {
  await stopEmbedded(home);
  rmSync(join(home, 'data'), { recursive: true, force: true });
  const connection = await startEmbedded(options);
  const graph = new Graph({ ...connection, database: 'neo4j', txTimeoutMs: 600_000, maxPoolSize: 4 });
  await applyMigrations(graph, migrationsOf(cypher));
  await graph.close();
  return connection;
}

const openGraph = (connection: EmbeddedConnection) => new Graph({ ...connection, database: 'neo4j', txTimeoutMs: 600_000, maxPoolSize: 4 });
const ingestionOf = (graph: Graph) => new Ingestion(graph, sources, rules, new IdentifierHasher(devPrivacyHashKey));

interface Measured {
  seconds: number;
  /** Neo4j's CPU seconds. */
  cpu: number;
  /** This process's CPU seconds (reading, resolving and the driver; the lean ceiling prepares its rows before the clock starts). */
  nodeCpu: number;
}

/** This process's CPU seconds since `before` (user and system). */
function nodeCpuSince(before: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1e6;
}

/** Wall time and Neo4j CPU seconds of one path on a fresh database. */
async function measure<T>(
  write: (graph: Graph, connection: EmbeddedConnection) => Promise<T>,
): Promise<Measured & { result: T; fingerprint: Fingerprint }> {
  const connection = await freshDatabase();
  const graph = openGraph(connection);
  const cpuBefore = cpuSeconds(connection.pid);
  const nodeBefore = process.cpuUsage();
  const started = performance.now();
  const result = await write(graph, connection);
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(connection.pid) - cpuBefore;
  const nodeCpu = nodeCpuSince(nodeBefore);
  const fingerprint = await fingerprintOf(graph);
  await graph.close();
  return { seconds, cpu, nodeCpu, result, fingerprint };
}

/** The product's own import, files to graph, as `npm run import` runs it (without fuzzy matching). */
async function measureOurs(inFlight = 1) {
  return measure(async (graph) => {
    const summary = await importFiles(ingestionOf(graph), plan, { batchSize, inFlight });
    const customerOf = new Map<string, string>();
    for (const row of await graph.read(cypher.get('identity/record-customers')))
      customerOf.set(`${row.kind}:${row.source}|${row.sourceId}`, row.customerId as string);
    const records = summary.accepted + summary.updated + summary.unchanged + summary.rejected;
    // Retries and timeouts show a stalled or contended transaction; the phases, where the time went.
    const phases = (['read', 'resolve', 'write'] as const).map((name) => `${name} ${summary[`${name}Seconds`].toFixed(1)} s`);
    const told = `transactions tried again ${summary.retries}, timed out and halved ${summary.timeouts}; ${phases.join(', ')}`;
    return { records, customerOf, told };
  });
}

/** The true ceiling: the same graph, written the leanest way (records prepared beforehand, off the clock). */
async function measureLean(customerOf: Map<string, string>) {
  const records = await landedRecords(plan, rules, customerOf, batchSize);
  return measure((graph) => writeLeanCeiling(graph, ingestionOf(graph), plan, records));
}

/** The same rows, prepared beforehand, written by the raw driver with our upsert statements in batches of the same size. */
async function measureReplay(customerOf: Map<string, string>) {
  const batches = await preparedBatches(customerOf);
  return measure(async (_graph, connection) => {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
    for (const batch of batches) await writeRaw(driver, batch);
    await driver.close();
  });
}

type Prepared = { prepared: PreparedRecord; customerId: string | null };

async function preparedBatches(customerOf: Map<string, string>): Promise<Prepared[][]> {
  const batches: Prepared[][] = [];
  for (const { file, source, kind, format } of plan) {
    let batch: Prepared[] = [];
    for await (const row of readSourceFile(file, format, source, kind)) {
      const result = row.fields ? prepareRecord(row.fields, source, rules) : undefined;
      if (!result?.ok) continue;
      const { record } = result.prepared;
      const customerId = customerOf.get(`${record.kind}:${record.source}|${record.sourceId}`) ?? null;
      if (record.kind !== 'product' && !customerId) continue; // rejected by the product: not in the graph either
      batch.push({ prepared: result.prepared, customerId });
      if (batch.length >= batchSize) {
        batches.push(batch);
        batch = [];
      }
    }
    if (batch.length) batches.push(batch);
  }
  return batches;
}

const statements = {
  sourceRecords: cypher.get('ingestion/upsert-source-records').text,
  product: cypher.get('ingestion/upsert-products').text,
  order: cypher.get('ingestion/upsert-orders').text,
  touchpoint: cypher.get('ingestion/upsert-touchpoints').text,
  socialSignal: cypher.get('ingestion/upsert-social-signals').text,
  consent: cypher.get('ingestion/upsert-consents').text,
};

async function writeRaw(driver: Driver, batch: Prepared[]): Promise<void> {
  const now = new Date().toISOString();
  const identities = [...new Map(batch.flatMap(({ prepared }) => prepared.identifiers).map((i) => [`${i.type}|${i.value}`, i])).values()];
  const facts = batch.flatMap(({ prepared: { record }, customerId }): [string, unknown][] => {
    if (record.kind === 'product') return [[statements.product, productRow(record)]];
    if (record.kind === 'order') return [[statements.order, orderRow(record, customerId!)]];
    if (record.kind === 'touchpoint') return [[statements.touchpoint, touchpointRow(record, customerId!)]];
    if (record.kind === 'socialSignal') return [[statements.socialSignal, socialSignalRow(record, customerId!)]];
    if (record.kind === 'consent') return [[statements.consent, consentRow(record, customerId!)]];
    return [];
  });
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(cypher.get('ingestion/locked-identity-holders').text, toParameters({ identities, now }));
      await tx.run(
        statements.sourceRecords,
        toParameters({ rows: batch.map(({ prepared, customerId }) => sourceRecordRow(prepared, customerId)), now }),
      );
      for (const text of new Set(facts.map(([statement]) => statement))) {
        await tx.run(text, toParameters({ rows: facts.filter(([statement]) => statement === text).map(([, row]) => row) }));
      }
    });
  } finally {
    await session.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

type Run = Measured & { fingerprint: Fingerprint };
const pathNames = {
  ours: 'ours',
  ours2: 'ours, two in flight',
  bulk: 'bulk',
  lean: 'lean ceiling',
  replay: 'replay of our upserts',
} as const;
type PathKey = keyof typeof pathNames;

async function main(): Promise<void> {
  if (!existsSync(join(dataDir, 'manifest.json'))) generate({ seed: 42, customers, out: dataDir });
  plan = planImport(sourceFilesIn(dataDir), sources);
  const chosen = flags.paths.split(',').map((name) => name.trim()) as PathKey[];
  for (const name of chosen)
    if (!(name in pathNames)) throw new Error(`--paths: ${name} is not one of ${Object.keys(pathNames).join(', ')}`);
  if (!chosen.some((name) => ['ours', 'ours2', 'bulk'].includes(name)))
    throw new Error('--paths: the lean ceiling and the replay take their customers from ours or bulk');
  const results = new Map<PathKey, Run[]>(chosen.map((name) => [name, []]));
  const phases: BulkPhases[] = [];
  let records = 0;
  console.log(`load average before: ${load()}`);
  console.log('| run | path | records | s | records/s | Neo4j CPU s | Node CPU s | graph | load (1 5 15 min) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (let run = 1; run <= Number(flags.runs); run += 1) {
    const measured = new Map<PathKey, Run>();
    let customerOf = new Map<string, string>();
    const told: string[] = [];
    if (chosen.includes('ours')) {
      const ours = await measureOurs();
      ({ records, customerOf } = ours.result);
      measured.set('ours', ours);
      told.push(`  ${pathNames.ours}: ${ours.result.told}`);
    }
    if (chosen.includes('ours2')) {
      const ours = await measureOurs(2);
      if (!customerOf.size) ({ records, customerOf } = ours.result);
      measured.set('ours2', ours);
      told.push(`  ${pathNames.ours2}: ${ours.result.told}`);
    }
    if (chosen.includes('bulk')) {
      const bulk = await measureBulk();
      records = bulk.result.records;
      if (!customerOf.size) customerOf = bulk.result.customerOf;
      phases.push(bulk.result.phases);
      measured.set('bulk', bulk);
    }
    if (chosen.includes('lean')) measured.set('lean', await measureLean(customerOf));
    if (chosen.includes('replay')) measured.set('replay', await measureReplay(customerOf));
    const reference = [...measured.values()][0]!;
    for (const [path, result] of measured) {
      results.get(path)!.push(result);
      const same =
        result.fingerprint.hash === reference.fingerprint.hash && result.fingerprint.counts.join() === reference.fingerprint.counts.join();
      const graph =
        result === reference
          ? result.fingerprint.hash
          : path === 'replay'
            ? 'no golden/NEXT'
            : same
              ? `same as ${pathNames[chosen[0]!]}`
              : 'DIFFERS';
      console.log(
        `| ${run} | ${pathNames[path]} | ${records} | ${result.seconds.toFixed(1)} | ${Math.round(records / result.seconds)} | ${result.cpu.toFixed(1)} | ${result.nodeCpu.toFixed(1)} | ${graph} | ${load()} |`,
      );
      if (!same && path !== 'replay') {
        const differing = (a: string[], b: string[]) => a.filter((line) => !b.includes(line));
        const parts = Object.keys(result.fingerprint.parts) as (keyof Fingerprint['parts'])[];
        console.log(
          `  only in ${pathNames[path]}: ${differing(result.fingerprint.counts, reference.fingerprint.counts).join(', ')}; only in the first: ${differing(reference.fingerprint.counts, result.fingerprint.counts).join(', ')}; links that differ: ${parts.filter((part) => result.fingerprint.parts[part] !== reference.fingerprint.parts[part]).join(', ')}`,
        );
      }
    }
    for (const line of told) console.log(line);
    if (phases.length === run) console.log(`  bulk phases: ${phaseLine(phases[run - 1]!, records)}`);
    console.log(
      `  history: ${[...measured].map(([path, result]) => `${pathNames[path]}: ${result.fingerprint.history.join(', ')}`).join('; ')}`,
    );
  }
  console.log(`\n| path | median s | records/s | Neo4j CPU s | Node CPU s | ${pathNames[chosen[0]!]} / path (time) |`);
  console.log('| --- | --- | --- | --- | --- | --- |');
  const first = results.get(chosen[0]!)!;
  for (const [path, runs] of results) {
    const seconds = median(runs.map((r) => r.seconds));
    const ratio = median(first.map((r, run) => r.seconds / runs[run]!.seconds));
    console.log(
      `| ${pathNames[path]} | ${seconds.toFixed(1)} | ${Math.round(records / seconds)} | ${median(runs.map((r) => r.cpu)).toFixed(1)} | ${median(runs.map((r) => r.nodeCpu)).toFixed(1)} | ${ratio.toFixed(2)} |`,
    );
  }
  if (phases.length) {
    const medians = Object.fromEntries(
      Object.keys(phases[0]!).map((name) => [name, median(phases.map((p) => p[name as keyof BulkPhases]))]),
    ) as unknown as BulkPhases;
    console.log(`bulk phases (medians): ${phaseLine(medians, records)}`);
  }
  console.log(`load average after: ${load()}`);
  await stopEmbedded(home);
}

function phaseLine(phases: BulkPhases, records: number): string {
  return Object.entries(phases)
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s (${Math.round(records / seconds)}/s)`)
    .join(', ');
}

/**
 * The bulk first load (src/ingestion/bulk), files to a queryable graph: read and resolve in
 * memory, CSV, the offline importer on the stopped database, restarted with the migrations and
 * their indexes online. Neo4j's CPU seconds are the restarted instance's (the importer's own JVM
 * is not counted).
 */
async function measureBulk() {
  let connection = await freshDatabase();
  let graph = openGraph(connection);
  const nodeBefore = process.cpuUsage();
  const started = performance.now();
  const ingestion = new BulkIngestion(graph, sources, rules, new IdentifierHasher(devPrivacyHashKey));
  const { summary, graph: loaded } = await bulkLoad(
    graph,
    ingestion,
    plan,
    { batchSize, dir: join(home, 'bulk-import') },
    {
      replace: async (files) => {
        await graph.close();
        await importOffline(options, files);
      },
      reopen: async () => {
        connection = await startEmbedded(options);
        graph = openGraph(connection);
        await applyMigrations(graph, migrationsOf(cypher));
        await graph.transaction('write', (tx) => reachAfterImport(tx, []));
        return graph;
      },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(connection.pid);
  const nodeCpu = nodeCpuSince(nodeBefore);
  const customerOf = new Map<string, string>();
  for (const row of await loaded.read(cypher.get('identity/record-customers')))
    customerOf.set(`${row.kind}:${row.source}|${row.sourceId}`, row.customerId as string);
  const fingerprint = await fingerprintOf(loaded);
  await loaded.close();
  const records = summary.accepted + summary.updated + summary.unchanged + summary.rejected;
  return { seconds, cpu, nodeCpu, fingerprint, result: { records, customerOf, phases: summary.phases } };
}

await main();
