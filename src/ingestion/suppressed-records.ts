import {
  fieldOfType,
  sourceRecordKey,
  suppressionKey,
  suppressionReason,
  type IdentifierHasher,
  type Suppressible,
} from '../privacy/suppression.js';
import type { PreparedRecord } from './prepare.js';

/**
 * The keyed hashes of everything a batch's records carry that an erasure may have suppressed,
 * each with its suppression key: what ingestion/batch-reads looks up.
 */
export function suppressibleHashes(hasher: IdentifierHasher, batch: PreparedRecord[]): Map<string, string> {
  const keys = batch.flatMap((prepared) => carried(prepared).map(({ key }) => key));
  return new Map(keys.map((key) => [hasher.hash(key), suppressionKey(key)]));
}

/**
 * The records of a batch an erasure forbids, by their index, with the reasons: a record carrying
 * an erased person's identifier (or, for a customer record, an erased customer record's own id;
 * for an event, naming one by customerSourceId), and a record of this batch that names a refused
 * customer record. The person must not come back unnoticed. `suppressed`: the suppression keys
 * found suppressed.
 */
export function suppressedRecords(suppressed: Set<string>, open: { prepared: PreparedRecord; index: number }[]): Map<number, string[]> {
  const refusals = new Map<number, string[]>();
  if (!suppressed.size) return refusals;
  const refusedCustomers = new Set<string>();
  for (const { prepared, index } of open) {
    const { record } = prepared;
    const fields = [...new Set(carried(prepared).flatMap(({ key, field }) => (suppressed.has(suppressionKey(key)) ? [field] : [])))];
    if (!fields.length) continue;
    refusals.set(
      index,
      fields.map((field) => suppressionReason(record.source, record.sourceId, field)),
    );
    if (record.kind === 'customer') refusedCustomers.add(`${record.source}|${record.sourceId}`);
  }
  for (const {
    prepared: { record },
    index,
  } of open) {
    if (!('customerSourceId' in record) || !record.customerSourceId || !refusedCustomers.has(`${record.source}|${record.customerSourceId}`))
      continue;
    refusals.set(index, [suppressionReason(record.source, record.sourceId, 'customerSourceId')]);
  }
  return refusals;
}

/** The keys a record carries that an erasure may have suppressed, each with the field it came in. */
function carried({ record, identifiers }: PreparedRecord): { key: Suppressible; field: string }[] {
  return [
    ...identifiers.map((key) => ({ key, field: fieldOfType[key.type] })),
    ...(record.kind === 'customer' ? [{ key: sourceRecordKey(record.source, record.sourceId), field: 'sourceId' }] : []),
    ...('customerSourceId' in record && record.customerSourceId
      ? [{ key: sourceRecordKey(record.source, record.customerSourceId), field: 'customerSourceId' }]
      : []),
  ];
}
