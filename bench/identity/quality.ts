import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { startEmbedded } from '../../src/embedded-neo4j/instance.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { Graph } from '../../src/graph/graph.js';
import { applyMigrations, migrationsOf } from '../../src/graph/migrations.js';
import { matchCustomers } from '../../src/identity/fuzzy-pass.js';
import { benchmarkFolder, householdSeeds, householdSet } from '../../src/identity/matching/benchmark-data.js';
import { pairwiseQuality } from '../../src/identity/matching/pairwise-quality.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { Ingestion } from '../../src/ingestion/ingest.js';
import { importFiles, planImport, sourceFilesIn } from '../../src/ingestion/import-files.js';
import { readSourceFile } from '../../src/ingestion/read.js';
import { generate } from '../../src/generator/generate.js';
import { duplicateKinds, identitySet, lookAlikeKinds, writeIdentitySet } from '../../src/generator/identity-set.js';
import { duplicateRecall, householdQuality, type HouseholdQuality } from '../../src/identity/matching/household-quality.js';
import { loadSources } from '../../src/ingestion/sources.js';
import { projectRoot } from '../../src/project.js';
import { devPrivacyHashKey } from '../../src/config.js';
import { IdentifierHasher } from '../../src/privacy/suppression.js';

const benchHasher = new IdentifierHasher(devPrivacyHashKey);

/**
 * `npm run identity:quality`: identity resolution measured through the product itself. Each
 * public benchmark file is imported into an empty graph as customer records, the fuzzy pass runs,
 * and the customers the product formed are compared pair by pair with the ground truth.
 */
const datasets = [
  { name: 'febrl-dataset3', source: 'febrl', files: ['febrl-dataset3.csv'], truth: febrlTruth },
  { name: 'febrl-dataset4 (a+b)', source: 'febrl', files: ['febrl-dataset4a.csv', 'febrl-dataset4b.csv'], truth: febrlTruth },
  { name: 'febrl-dataset1', source: 'febrl', files: ['febrl-dataset1.csv'], truth: febrlTruth },
  { name: 'febrl-dataset2', source: 'febrl', files: ['febrl-dataset2.csv'], truth: febrlTruth },
  { name: 'splink-fake-1000', source: 'splink', files: ['splink-fake-1000.csv'], truth: splinkTruth },
];

const neo4j = await startEmbedded({
  home: join(projectRoot, '.neo4j', 'identity-quality'),
  boltPort: Number(process.env.IDENTITY_QUALITY_BOLT_PORT ?? 7691),
  heap: '2g',
  pageCache: '512m',
  log: console.error,
});
const graph = new Graph({ ...neo4j, database: 'neo4j', txTimeoutMs: 600_000, maxPoolSize: 10 });
const sources = loadSources(join(projectRoot, 'bench', 'identity', 'sources'));
const rules = loadIdentityRules();
const ingestion = new Ingestion(graph, sources, rules, benchHasher);
const only = process.argv[2];
const households: HouseholdQuality[] = [];

console.log('| data set | records | rejected | pairs compared | merged by fuzzy | review pairs | precision | recall | F1 | seconds |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
try {
  for (const dataset of datasets.filter((d) => !only || d.name.startsWith(only))) {
    const started = Date.now();
    await resetGraph();
    let rejected = 0;
    let records = 0;
    for (const file of dataset.files) {
      const summary = await ingestion.run(readSourceFile(join(benchmarkFolder, file), 'csv', sources.get(dataset.source)!, 'customer'));
      rejected += summary.rejected;
      records += summary.accepted + summary.rejected;
    }
    const matching = await matchCustomers(graph, rules);
    const rows = await graph.read(cypher.get('identity/record-customers'));
    const predicted = new Map(
      rows.filter((row) => row.source === dataset.source).map((row) => [row.sourceId as string, row.customerId as string]),
    );
    const truth = new Map([...dataset.files.flatMap((file) => dataset.truth(file))].filter(([record]) => predicted.has(record)));
    const quality = pairwiseQuality(predicted, truth);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `| ${dataset.name} | ${records} | ${rejected} | ${matching.compared} | ${matching.merged} | ${matching.reviewPairs} | ${quality.precision.toFixed(4)} | ${quality.recall.toFixed(4)} | ${quality.f1.toFixed(4)} | ${seconds} |`,
    );
  }
  if (!only || only === 'households') await householdsQuality();
  if (!only || only === 'generated') await generatedQuality();
} finally {
  await graph.close();
}
for (const byKind of households) printByKind(byKind);

function printByKind(quality: HouseholdQuality): void {
  const { lookAlikes, duplicates } = quality;
  console.log('\n| look-alike pairs (different people) | pairs | merged |\n| --- | --- | --- |');
  for (const kind of lookAlikeKinds)
    console.log(`| ${kind} | ${lookAlikes.get(kind)?.pairs ?? 0} | ${lookAlikes.get(kind)?.merged ?? 0} |`);
  console.log(
    '\n| true pairs by kind | pairs | merged | review | missed | held to review by the rules |\n| --- | --- | --- | --- | --- | --- |',
  );
  for (const kind of duplicateKinds) {
    const counts = duplicates.get(kind) ?? { pairs: 0, merged: 0, review: 0, missed: 0, heldByRules: 0 };
    console.log(`| ${kind} | ${counts.pairs} | ${counts.merged} | ${counts.review} | ${counts.missed} | ${counts.heldByRules} |`);
  }
  const recall = duplicateRecall(quality);
  console.log(
    `\nrecall of the duplicates: merged ${recall.merged.toFixed(4)}, merged or in review ${recall.mergedOrReview.toFixed(4)}, the best the household rules allow ${recall.allowedByRules.toFixed(4)}`,
  );
}

/**
 * The generated set with households (about 5,000 records, a third of them duplicates): the same
 * figures, then the look-alike pairs merged by kind and each kind of duplicate as merged, kept for
 * review or missed.
 */
async function householdsQuality(): Promise<void> {
  const set = identitySet(householdSeeds.measured, 3333);
  const dir = join(projectRoot, '.bench-data', `identity-households-${householdSeeds.measured}`);
  writeIdentitySet(set, dir);
  const started = Date.now();
  await resetGraph();
  const summary = await ingestion.run(readSourceFile(join(dir, 'people.csv'), 'csv', sources.get('households')!, 'customer'));
  const matching = await matchCustomers(graph, rules);
  const rows = await graph.read(cypher.get('identity/record-customers'));
  const predicted = new Map(
    rows.filter((row) => row.source === 'households').map((row) => [row.sourceId as string, row.customerId as string]),
  );
  const truth = new Map(set.truth.filter((t) => predicted.has(t.recId)).map((t) => [t.recId, t.person]));
  const quality = pairwiseQuality(predicted, truth);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `| generated households | ${summary.accepted + summary.rejected} | ${summary.rejected} | ${matching.compared} | ${matching.merged} | ${matching.reviewPairs} | ${quality.precision.toFixed(4)} | ${quality.recall.toFixed(4)} | ${quality.f1.toFixed(4)} | ${seconds} |`,
  );
  const review = new Set(
    (await graph.read(cypher.get('test-support/possible-matches'), { limit: 1_000_000 })).map((row) => `${row.a}|${row.b}`),
  );
  const records = new Map(householdSet(set).people.map((person) => [person.key, person]));
  const byKind = householdQuality(
    set.truth,
    set.lookAlikes,
    (recId) => predicted.get(recId),
    (a, b) => review.has(`${a}|${b}`) || review.has(`${b}|${a}`),
    (recId) => records.get(recId)!,
  );
  households.push(byKind);
}

/**
 * The generated multi-source data (2,000 people, six sources): every record that names a person,
 * and the customer records alone, against truth.ndjson.
 */
async function generatedQuality(): Promise<void> {
  const dir = join(projectRoot, '.bench-data', 'quality-42-2000');
  if (!existsSync(join(dir, 'manifest.json'))) generate({ seed: 42, customers: 2000, out: dir });
  const started = Date.now();
  await resetGraph();
  const productSources = loadSources();
  const summary = await importFiles(
    new Ingestion(graph, productSources, rules, benchHasher),
    planImport(sourceFilesIn(dir), productSources),
  );
  const matching = await matchCustomers(graph, rules);
  const rows = await graph.read(cypher.get('identity/record-customers'));
  const truth = new Map(
    readFileSync(join(dir, 'truth.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .filter((t) => t.person)
      .map((t) => [`${t.source}|${t.sourceId}`, t.person as string]),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const [label, kinds] of [
    ['generated, customer records', ['customer']],
    ['generated, every record naming a person', undefined],
  ] as const) {
    const chosen = rows.filter((row) => !kinds || (kinds as readonly string[]).includes(row.kind as string));
    const predicted = new Map(chosen.map((row) => [`${row.source}|${row.sourceId}`, row.customerId as string]));
    const quality = pairwiseQuality(predicted, new Map([...truth].filter(([key]) => predicted.has(key))));
    console.log(
      `| ${label} | ${predicted.size} | ${summary.rejected} | ${matching.compared} | ${matching.merged} | ${matching.reviewPairs} | ${quality.precision.toFixed(4)} | ${quality.recall.toFixed(4)} | ${quality.f1.toFixed(4)} | ${seconds} |`,
    );
  }
}

/** An empty graph with the schema, deleting a slice per transaction (a large graph would not fit one). */
async function resetGraph(): Promise<void> {
  while (Number((await graph.write(cypher.get('test-support/delete-everything'), { limit: 20_000 }))[0]?.deleted) > 0);
  await applyMigrations(graph, migrationsOf(cypher));
}

function rows(file: string): Record<string, string>[] {
  return parse(readFileSync(join(benchmarkFolder, file), 'utf8'), { columns: true, trim: true, skip_empty_lines: true });
}

/** `rec-N-org` and `rec-N-dup-K` are person N. */
function febrlTruth(file: string): [string, string][] {
  return rows(file).map((row) => [row.rec_id!, row.rec_id!.split('-')[1]!]);
}

function splinkTruth(file: string): [string, string][] {
  return rows(file).map((row) => [row.unique_id!, row.cluster!]);
}
