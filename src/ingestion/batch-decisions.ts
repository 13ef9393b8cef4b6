import { identifierKey, type Identifier, type RecordToResolve } from '../identity/resolve.js';
import type { PreparedRecord } from './prepare.js';
import type { RecordOutcome } from './record-outcome.js';

/**
 * What a batch decides from its own records, the same whether it is written online
 * (write-batch.ts) or planned for the offline importer (bulk/plan-batch.ts).
 */

/** A record's identity: a system's tables may reuse numbers, so the kind is part of it. */
export const keyOf = (kind: string, source: string, sourceId: string) => `${kind}:${source}|${sourceId}`;
export const recordKey = ({ kind, source, sourceId }: { kind: string; source: string; sourceId: string }) => keyOf(kind, source, sourceId);

/**
 * When one record comes twice in a batch, the copy that counts is the one batches of one would
 * keep: a later copy replaces an earlier one unless it is older. The others become unchanged.
 */
export function skipSuperseded(batch: PreparedRecord[], outcomes: RecordOutcome[]): void {
  const kept = new Map<string, number>();
  batch.forEach(({ record }, index) => {
    const earlier = kept.get(recordKey(record));
    const before = earlier === undefined ? undefined : batch[earlier]!.record.updatedAt;
    if (!(before && record.updatedAt && Date.parse(record.updatedAt) < Date.parse(before))) kept.set(recordKey(record), index);
  });
  batch.forEach(({ record }, index) => {
    if (kept.get(recordKey(record)) !== index)
      outcomes[index] = { status: 'unchanged', reasons: ['superseded by a newer or later copy of the same record in this batch'] };
  });
}

/** A stored version of a record, as the graph (or the bulk load's planned graph) holds it. */
export interface StoredVersion {
  hash: string;
  updatedAt?: string | null;
  customerId?: string | null;
}

/**
 * Unchanged content, or an older version than the stored one, writes nothing; a newer one is an
 * update. Returns the customer each stored record of the batch was about, by record key.
 */
export function skipUnchanged(
  batch: PreparedRecord[],
  outcomes: RecordOutcome[],
  storedOf: (key: string) => StoredVersion | undefined,
): Map<string, string> {
  const previous = new Map<string, string>();
  batch.forEach(({ record, hash }, index) => {
    const stored = storedOf(recordKey(record));
    if (!stored || outcomes[index]!.status === 'unchanged') return;
    if (stored.customerId) previous.set(recordKey(record), stored.customerId);
    const older = record.updatedAt && stored.updatedAt && Date.parse(record.updatedAt) < Date.parse(stored.updatedAt);
    outcomes[index] =
      stored.hash === hash || older
        ? { status: 'unchanged', customerId: stored.customerId ?? undefined, reasons: [] }
        : { status: 'updated', reasons: [] };
  });
  return previous;
}

/** The SKUs of the batch's own products. */
export const productsIn = (batch: PreparedRecord[]) =>
  batch.filter(({ record }) => record.kind === 'product').map(({ record }) => record.sourceId);

/** A record naming a product that is neither in the batch nor known is rejected (unless unchanged). */
export function rejectUnknownProducts(batch: PreparedRecord[], outcomes: RecordOutcome[], known: (sku: string) => boolean): void {
  const inBatch = new Set(productsIn(batch));
  batch.forEach((prepared, index) => {
    const unknown = referencedSkus(prepared).filter((sku) => !inBatch.has(sku) && !known(sku));
    if (unknown.length && outcomes[index]!.status !== 'unchanged')
      outcomes[index] = { status: 'rejected', reasons: unknown.map((sku) => `sku: unknown reference: no product ${sku}`) };
  });
}

/** The records still to write (neither unchanged nor rejected), each with its place in the batch. */
export function openRecords(batch: PreparedRecord[], outcomes: RecordOutcome[]) {
  return batch
    .map((prepared, index) => ({ prepared, index }))
    .filter(({ index }) => outcomes[index]!.status !== 'unchanged' && outcomes[index]!.status !== 'rejected');
}

/** The first place of each customer record in the batch, by record key. */
export function customerRecordsIn(batch: PreparedRecord[]): Map<string, number> {
  const places = new Map<string, number>();
  batch.forEach(({ record }, index) => {
    if (record.kind === 'customer' && !places.has(recordKey(record))) places.set(recordKey(record), index);
  });
  return places;
}

export interface ResolveContext {
  /** The customer each stored record belongs to (by record key). */
  previous: Map<string, string>;
  /** The customer each referenced customer record belongs to (by record key). */
  references: Map<string, string>;
  /** Customers read for this batch: a stored record's customer counts only if still there. */
  known: (customerId: string) => boolean;
  /** customerRecordsIn(batch) */
  customerRecords: Map<string, number>;
}

/**
 * What resolution needs of a record: the customers it is already known to belong to, the records
 * of the batch it names as the same person, who it says the person is. A record whose
 * customerSourceId names no customer and which has no identifier of its own is rejected.
 */
export function recordToResolve(
  prepared: PreparedRecord,
  index: number,
  { previous, references, known, customerRecords }: ResolveContext,
): RecordToResolve | { rejected: string } {
  const { record } = prepared;
  const knownCustomers = optional(previous.get(recordKey(record))).filter(known);
  const sameAs: number[] = [];
  if ('customerSourceId' in record && record.customerSourceId) {
    const reference = keyOf('customer', record.source, record.customerSourceId);
    const inBatch = customerRecords.get(reference);
    const customer = references.get(reference);
    if (customer) knownCustomers.push(customer);
    else if (inBatch !== undefined) sameAs.push(inBatch);
    else if (!prepared.identifiers.length)
      return { rejected: `customerSourceId: unknown reference: no customer record ${record.customerSourceId} in source ${record.source}` };
  }
  const person =
    record.kind === 'customer' ? { givenName: record.givenName, familyName: record.familyName, birthDate: record.birthDate } : undefined;
  const label = `${record.source}|${record.sourceId}`;
  return {
    index,
    label,
    origin: `${recordKey(record)}#${prepared.hash}`,
    identifiers: prepared.identifiers,
    knownCustomers,
    sameAs,
    person,
  };
}

/** Each identifier once, in one sorted order, so concurrent imports lock them in the same order. */
export function uniqueIdentifiers(identifiers: Identifier[]): Identifier[] {
  const byKey = new Map(identifiers.map((identifier) => [identifierKey(identifier), identifier]));
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
}

export const optional = <T>(value: T | undefined): T[] => (value === undefined ? [] : [value]);

/**
 * What a batch may contend for with another batch of the same import: the identifiers its records
 * mention, the records themselves, the customer records they name and the products (skus) they
 * bring or name. Two batches with none in common can be written at the same time (Ingestion.run).
 */
export function contendedKeys(batch: PreparedRecord[]): Set<string> {
  return new Set(
    batch.flatMap((prepared) => {
      const { record } = prepared;
      const named =
        'customerSourceId' in record && record.customerSourceId ? [keyOf('customer', record.source, record.customerSourceId)] : [];
      const skus = record.kind === 'product' ? [record.sourceId] : referencedSkus(prepared);
      return [recordKey(record), ...named, ...skus.map((sku) => `sku:${sku}`), ...prepared.identifiers.map(identifierKey)];
    }),
  );
}

/** The SKUs a record refers to, which must exist. */
export function referencedSkus(prepared: PreparedRecord): string[] {
  const { record } = prepared;
  if (record.kind === 'order') return record.lines.map((line) => line.sku);
  if (record.kind === 'touchpoint') return record.sku ? [record.sku] : [];
  if (record.kind === 'socialSignal') return record.skus ?? [];
  return [];
}
