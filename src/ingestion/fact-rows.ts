import { wordsOf } from '../topics/words.js';
import type { RecordOf } from './records.js';
import { customerAttributes } from '../vocabulary.js';
import type { PreparedRecord } from './prepare.js';
import { uniqueIdentifiers } from './batch-decisions.js';

/**
 * The parameter rows of the Cypher statements that write each kind of record. An absent optional
 * value is left undefined: the driver skips it, which costs less to send than null, and Cypher
 * reads the missing key as null, so a newer version of a record still clears what it no longer
 * says. Only the property maps applied with `+=` need explicit nulls.
 */
/**
 * `created`: the graph holds no version of the record (false when a newer version replaces one).
 * `createdRank`: when the record's customer is new, its place among the customers its batch
 * starts (0 for the first), so customers one batch starts are as old as the order their first
 * records came in, as they would be in batches of one.
 */
export function sourceRecordRow(
  prepared: PreparedRecord,
  customerId: string | null,
  { createdRank, created = true }: { createdRank?: number; created?: boolean } = {},
) {
  const { record } = prepared;
  const attributes = record.kind === 'customer' ? Object.fromEntries(customerAttributes.map((name) => [name, record[name] ?? null])) : {};
  return {
    source: record.source,
    sourceId: record.sourceId,
    kind: record.kind,
    created,
    updatedAt: record.updatedAt,
    customerId,
    createdRank,
    // Each once: ingestion/upsert-source-records creates a CLAIMS link per entry.
    identities: uniqueIdentifiers(prepared.identifiers),
    properties: { ...attributes, hash: prepared.hash, trust: prepared.trust },
  };
}

/** What every event row starts with: its record, its fact's id (source|sourceId) and its customer. */
const eventRow = (record: { source: string; sourceId: string }, customerId: string) => ({
  source: record.source,
  sourceId: record.sourceId,
  id: `${record.source}|${record.sourceId}`,
  customerId,
});

/** Every category's path from the root: ["Home", "Home > Kitchen", ...]. */
function categoryPaths(path: string[]): string[] {
  return path.map((_, level) => path.slice(0, level + 1).join(' > '));
}

export function productRow(record: RecordOf<'product'>) {
  return {
    source: record.source,
    sourceId: record.sourceId,
    sku: record.sourceId,
    name: record.name,
    brand: record.brand,
    price: record.price,
    currency: record.currency,
    categoryPaths: categoryPaths(record.categoryPath),
    categoryNames: record.categoryPath,
    // The words topics, searches and audiences match (src/topics/words.ts).
    words: wordsOf(record.name),
    categoryWords: record.categoryPath.map((name) => wordsOf(name)),
    topics: (record.topics ?? []).map((topic) => topic.toLowerCase()),
  };
}

export function orderRow(record: RecordOf<'order'>, customerId: string) {
  return {
    ...eventRow(record, customerId),
    placedAt: record.placedAt,
    channel: record.channel,
    currency: record.currency,
    totalMinor: record.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0),
    lines: record.lines,
  };
}

export function touchpointRow(record: RecordOf<'touchpoint'>, customerId: string) {
  return {
    ...eventRow(record, customerId),
    type: record.type,
    channel: record.channel,
    at: record.at,
    sku: record.sku,
    topic: record.topic,
    searchTerm: record.searchTerm,
    words: wordsOf(record.searchTerm),
    campaign: record.campaign,
    score: record.score,
    comment: record.comment,
    resolved: record.resolved,
    event: record.event,
    url: record.url,
    referrer: record.referrer,
    properties: record.properties,
    context: record.context,
  };
}

export function socialSignalRow(record: RecordOf<'socialSignal'>, customerId: string) {
  return {
    ...eventRow(record, customerId),
    type: record.type,
    platform: record.platform,
    text: record.text,
    words: wordsOf(record.text),
    sentiment: record.sentiment,
    at: record.at,
    // Each once: ingestion/upsert-social-signals creates a link per entry.
    skus: [...new Set(record.skus ?? [])],
    topics: [...new Set(record.topics ?? [])],
  };
}

export function consentRow(record: RecordOf<'consent'>, customerId: string) {
  return {
    ...eventRow(record, customerId),
    purpose: record.purpose,
    status: record.status,
    at: record.at,
  };
}
