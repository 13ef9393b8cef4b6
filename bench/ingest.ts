import { existsSync, rmSync } from 'node:fs';
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

/**
 * `npm run bench:ingest -- [--customers 20500] [--runs 3]`: end-to-end ingestion of a generated
 * multi-source data set (about 1M records at the default size), beside the ceiling: the raw
 * driver writing the same prepared rows (the same SourceRecords, customers, identities and facts)
 * with UNWIND and no validation, identity resolution or journeys. Each run starts from a fresh
 * database; the two alternate so machine noise hits both; medians are reported.
 */
const { values: flags } = parseArgs({ options: { customers: { type: 'string', default: '20500' }, runs: { type: 'string', default: '3' }, batch: { type: 'string', default: '1000' } } });
const customers = Number(flags.customers);
const batchSize = Number(flags.batch);
const dataDir = join(projectRoot, '.bench-data', `ingest-42-${customers}`);
const home = join(projectRoot, '.neo4j', 'bench');
const options = { home, boltPort: 7692, heap: '4g', pageCache: '2g' };
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

/** The product's own import, files to graph, as `npm run import` runs it (without fuzzy matching). */
async function measureOurs() {
  const connection = await freshDatabase();
  const graph = new Graph({ ...connection, database: 'neo4j', txTimeoutMs: 600_000, maxPoolSize: 4 });
  const started = performance.now();
  const summary = await importFiles(new Ingestion(graph, sources, rules, new IdentifierHasher(devPrivacyHashKey)), plan, { batchSize });
  const seconds = (performance.now() - started) / 1000;
  const customerOf = new Map<string, string>();
  for (const row of await graph.read(cypher.get('identity/record-customers'))) customerOf.set(`${row.source}|${row.sourceId}`, row.customerId as string);
  await graph.close();
  return { seconds, records: summary.accepted + summary.updated + summary.unchanged + summary.rejected, customerOf };
}

/** The same rows, prepared beforehand, written by the raw driver with UNWIND in batches of the same size. */
async function measureCeiling(customerOf: Map<string, string>) {
  const batches = await preparedBatches(customerOf);
  const connection = await freshDatabase();
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  const started = performance.now();
  for (const batch of batches) await writeRaw(driver, batch);
  const seconds = (performance.now() - started) / 1000;
  await driver.close();
  return { seconds, rows: batches.reduce((count, batch) => count + batch.length, 0) };
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
      const customerId = customerOf.get(`${record.source}|${record.sourceId}`) ?? null;
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
      await tx.run(cypher.get('ingestion/lock-identities').text, toParameters({ identities, now }));
      await tx.run(statements.sourceRecords, toParameters({ rows: batch.map(({ prepared, customerId }) => sourceRecordRow(prepared, customerId)), now }));
      for (const text of new Set(facts.map(([statement]) => statement))) {
        await tx.run(text, toParameters({ rows: facts.filter(([statement]) => statement === text).map(([, row]) => row) }));
      }
    });
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(dataDir, 'manifest.json'))) generate({ seed: 42, customers, out: dataDir });
  plan = planImport(sourceFilesIn(dataDir), sources);

  const results: { ours: number; ceiling: number; records: number }[] = [];
  console.log(`| run | records | ours (s) | ours (records/s) | ceiling (s) | ceiling (records/s) | ours / ceiling |`);
  console.log(`| --- | --- | --- | --- | --- | --- | --- |`);
  for (let run = 1; run <= Number(flags.runs); run += 1) {
    const ours = await measureOurs();
    const ceiling = await measureCeiling(ours.customerOf);
    results.push({ ours: ours.seconds, ceiling: ceiling.seconds, records: ours.records });
    console.log(`| ${run} | ${ours.records} | ${ours.seconds.toFixed(1)} | ${Math.round(ours.records / ours.seconds)} | ${ceiling.seconds.toFixed(1)} | ${Math.round(ceiling.rows / ceiling.seconds)} | ${(ours.seconds / ceiling.seconds).toFixed(2)} |`);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const records = results[0]!.records;
  console.log(`\nmedian: ours ${Math.round(records / median(results.map((r) => r.ours)))} records/s, ceiling ${Math.round(records / median(results.map((r) => r.ceiling)))} records/s, ratio ${median(results.map((r) => r.ours / r.ceiling)).toFixed(2)}`);
}

await main();
