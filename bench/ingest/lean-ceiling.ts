import { cypher } from '../../src/graph/cypher-library.js';
import type { Graph } from '../../src/graph/graph.js';
import type { Identifier } from '../../src/identity/resolve.js';
import type { IdentityRules } from '../../src/identity/rules.js';
import { consentRow, orderRow, socialSignalRow, sourceRecordRow, touchpointRow } from '../../src/ingestion/fact-rows.js';
import { importFiles, type FileToImport } from '../../src/ingestion/import-files.js';
import type { Ingestion } from '../../src/ingestion/ingest.js';
import { prepareRecord, type PreparedRecord } from '../../src/ingestion/prepare.js';
import { readSourceFile } from '../../src/ingestion/read.js';
import { goldenRecord, journeyLinks } from '../../src/ingestion/bulk/derived.js';
import { LoadClock } from '../../src/ingestion/bulk/load-clock.js';
import type { PlannedRecord } from '../../src/ingestion/bulk/planned-graph.js';
import { reachAfterImport } from '../../src/topics/reach.js';

/**
 * The true ceiling of bench:ingest: the leanest raw write of the graph our import produces. The
 * customers each record belongs to are taken from our import (identity resolution is ours to
 * beat, not the database's); everything else is computed where it is cheapest: golden records,
 * identities held and NEXT links in memory, then written with CREATE in batches of 10,000, every
 * relationship made from index look-ups. Products, a few hundred, go through our own import.
 */
const q = {
  vocabulary: cypher.get('bench/lean-vocabulary'),
  identities: cypher.get('bench/lean-identities'),
  customers: cypher.get('bench/lean-customers'),
  sourceRecords: cypher.get('bench/lean-source-records'),
  order: cypher.get('bench/lean-orders'),
  touchpoint: cypher.get('bench/lean-touchpoints'),
  socialSignal: cypher.get('bench/lean-social-signals'),
  consent: cypher.get('bench/lean-consents'),
  journeys: cypher.get('bench/lean-journey-links'),
};

const chunk = 10_000;
/** A record as our import kept it, with the importedAt of the batch that wrote it. */
type Landed = PlannedRecord;
const keyOf = ({ kind, source, sourceId }: { kind: string; source: string; sourceId: string }) => `${kind}:${source}|${sourceId}`;

/**
 * The records as our import kept them: the last copy of each unless older, only those that landed,
 * each stamped with the batch that wrote the copy it holds (an equal later copy writes nothing).
 * Golden values of records that say nothing of when they were updated go to the newest import,
 * and records of one batch tie, so the lean write needs the batches ours made: batchSize rows read
 * each (rejected ones count), a new batch with each file.
 */
export async function landedRecords(
  plan: FileToImport[],
  rules: IdentityRules,
  customerOf: Map<string, string>,
  batchSize: number,
): Promise<Landed[]> {
  const clock = new LoadClock();
  const kept = new Map<string, Landed>();
  let batches = 0;
  for (const { file, source, kind, format } of plan) {
    let read = 0;
    for await (const row of readSourceFile(file, format, source, kind)) {
      if (row.skipped) continue;
      const batch = batches + Math.floor(read++ / batchSize);
      const result = row.fields ? prepareRecord(row.fields, source, rules) : undefined;
      if (!result?.ok || kind === 'product') continue;
      const key = keyOf(result.prepared.record);
      const customerId = customerOf.get(key);
      if (!customerId) continue; // rejected by our import: not in its graph either
      const before = kept.get(key);
      const { updatedAt } = result.prepared.record;
      const beforeAt = before?.prepared.record.updatedAt;
      if (beforeAt && updatedAt && Date.parse(updatedAt) < Date.parse(beforeAt)) continue;
      if (before?.prepared.hash === result.prepared.hash) continue;
      kept.set(key, { prepared: result.prepared, customerId, importedAt: clock.batchNow(batch) });
    }
    batches += Math.ceil(read / batchSize);
  }
  return [...kept.values()];
}

export async function writeLeanCeiling(graph: Graph, ingestion: Ingestion, plan: FileToImport[], records: Landed[]): Promise<void> {
  const now = new Date().toISOString();
  await importFiles(
    ingestion,
    plan.filter(({ kind }) => kind === 'product'),
  );
  const events = records.flatMap(({ prepared: { record } }) =>
    record.kind === 'order' || record.kind === 'touchpoint' ? [record.channel] : [],
  );
  const topics = records.flatMap(({ prepared: { record } }) =>
    record.kind === 'touchpoint' ? [record.topic ?? []].flat() : record.kind === 'socialSignal' ? (record.topics ?? []) : [],
  );
  await graph.write(q.vocabulary, { channels: [...new Set(events)], topics: [...new Set(topics)] });
  await inChunks(graph, q.identities, 'identities', uniqueIdentifiers(records.flatMap(({ prepared }) => prepared.identifiers)), { now });
  const { customers, wins } = goldenRecords(records);
  await inChunks(graph, q.customers, 'customers', customers, { now });
  await inChunks(
    graph,
    q.sourceRecords,
    'rows',
    records.map(({ prepared, customerId }) => ({ ...sourceRecordRow(prepared, customerId), wins: wins.get(keyOf(prepared.record)) ?? [] })),
    { now },
  );
  for (const kind of ['order', 'touchpoint', 'socialSignal', 'consent'] as const) {
    await inChunks(
      graph,
      q[kind],
      'rows',
      records.flatMap(({ prepared: { record }, customerId }) => (record.kind === kind ? [factRow(record, customerId!)] : [])),
      {},
    );
  }
  await inChunks(graph, q.journeys, 'links', journeyLinks(records), {});
  await graph.transaction('write', (tx) => reachAfterImport(tx, []));
}

async function inChunks(
  graph: Graph,
  statement: ReturnType<typeof cypher.get>,
  name: string,
  rows: unknown[],
  rest: Record<string, unknown>,
) {
  for (let start = 0; start < rows.length; start += chunk)
    await graph.write(statement, { ...rest, [name]: rows.slice(start, start + chunk) });
}

function factRow(record: PreparedRecord['record'], customerId: string) {
  if (record.kind === 'order') return orderRow(record, customerId);
  if (record.kind === 'touchpoint') return touchpointRow(record, customerId);
  if (record.kind === 'socialSignal') return socialSignalRow(record, customerId);
  if (record.kind === 'consent') return consentRow(record, customerId);
  throw new Error(`no fact for ${record.kind}`);
}

function uniqueIdentifiers(identifiers: Identifier[]): Identifier[] {
  return [...new Map(identifiers.map((identifier) => [`${identifier.type}|${identifier.value}`, identifier])).values()];
}

/** Each customer's golden record and identities, from the bulk load's derivations (src/ingestion/bulk/derived.ts). */
function goldenRecords(records: Landed[]) {
  const byCustomer = new Map<string, Landed[]>();
  for (const landed of records) {
    if (!landed.customerId) continue;
    if (!byCustomer.has(landed.customerId)) byCustomer.set(landed.customerId, []);
    byCustomer.get(landed.customerId)!.push(landed);
  }
  const wins = new Map<string, string[]>();
  const customers = [...byCustomer].map(([id, held]) => {
    const { golden, winners } = goldenRecord(held);
    for (const [attribute, winner] of winners) {
      const key = keyOf(winner.prepared.record);
      wins.set(key, [...(wins.get(key) ?? []), attribute]);
    }
    return { id, golden, identities: uniqueIdentifiers(held.flatMap(({ prepared }) => prepared.identifiers)) };
  });
  return { customers, wins };
}
