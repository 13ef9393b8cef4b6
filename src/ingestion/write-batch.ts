import { cypher } from '../graph/cypher-library.js';
import type { Graph, Row, Transaction } from '../graph/graph.js';
import { StatementPipeline } from '../graph/statement-pipeline.js';
import { identifierKey, resolveBatch, type ExistingCustomer, type Identifier, type Merge } from '../identity/resolve.js';
import type { IdentityRules } from '../identity/rules.js';
import type { IdentifierHasher } from '../privacy/suppression.js';
import { reachAfterImport } from '../topics/reach.js';
import { consentRow, orderRow, productRow, socialSignalRow, sourceRecordRow, touchpointRow } from './fact-rows.js';
import type { PreparedRecord } from './prepare.js';
import {
  customerRecordsIn,
  keyOf,
  openRecords,
  productsIn,
  recordKey,
  recordToResolve,
  referencedSkus,
  rejectUnknownProducts,
  skipSuperseded,
  skipUnchanged,
  uniqueIdentifiers,
  type StoredVersion,
} from './batch-decisions.js';
import { changedCustomers, type BatchOutcome, type RecordOutcome } from './record-outcome.js';
import { customerRefresh } from './customer-refresh.js';
import { suppressedRecords, suppressibleHashes } from './suppressed-records.js';
import { createdMeanwhile, StaleBatch } from './stale-batch.js';

const q = {
  reads: cypher.get('ingestion/batch-reads'),
  lockHolders: cypher.get('ingestion/locked-identity-holders'),
  referenced: cypher.get('ingestion/referenced-customers'),
  customersById: cypher.get('ingestion/customers-by-id'),
  lockCustomers: cypher.get('ingestion/lock-customers'),
  merge: cypher.get('ingestion/merge-customers'),
  detach: cypher.get('ingestion/detach-updated-records'),
  sourceRecords: cypher.get('ingestion/upsert-source-records'),
  products: cypher.get('ingestion/upsert-products'),
  orders: cypher.get('ingestion/upsert-orders'),
  touchpoints: cypher.get('ingestion/upsert-touchpoints'),
  signals: cypher.get('ingestion/upsert-social-signals'),
  consents: cypher.get('ingestion/upsert-consents'),
  rebuildLinks: cypher.get('ingestion/rebuild-customer-links'),
  profiles: cypher.get('ingestion/refresh-profiles'),
  journeys: cypher.get('ingestion/relink-journeys'),
  unsettled: cypher.get('ingestion/mark-unsettled'),
};

/**
 * Writes one batch in one transaction: a record lands whole or not at all. Inside it, the
 * identifiers the batch mentions are locked first, then read, then resolved, so concurrent
 * imports sharing an identifier take turns and never make two customers of one person.
 */
export async function writeBatch(
  graph: Graph,
  batch: PreparedRecord[],
  rules: IdentityRules,
  hasher: IdentifierHasher,
  {
    now = new Date().toISOString(),
    settled = [],
  }: {
    /** The batch's time, the same in every attempt (Ingestion.run stamps batches in input order). */
    now?: string;
    /** Customers of batches before whose after-batch work has run: their marks are cleared in this transaction. */
    settled?: string[];
  } = {},
): Promise<BatchOutcome> {
  // Every call of the work is an attempt: the driver calls it again on transient errors, we on a stale batch.
  let attempts = 0;
  let resolveSeconds = 0;
  const started = performance.now();
  for (let stale = 1; ; stale += 1) {
    try {
      const outcome = await graph.transaction('write', async (tx) => {
        attempts += 1;
        const writer = new BatchWriter(tx, batch, rules, hasher, now, settled);
        try {
          return await writer.write();
        } finally {
          resolveSeconds += writer.resolveSeconds;
        }
      });
      const writeSeconds = (performance.now() - started) / 1000 - resolveSeconds;
      return { ...outcome, retries: attempts - 1, resolveSeconds, writeSeconds };
    } catch (error) {
      if (!(error instanceof StaleBatch) || stale >= 5) throw error;
    }
  }
}

class BatchWriter {
  private readonly outcomes: RecordOutcome[];
  /** The stored versions of the batch's records by record key, as read at the start (ingestion/batch-reads). */
  private stored = new Map<string, Row>();
  /** Every existing customer the batch may touch, as read inside the transaction. */
  private readonly customers = new Map<string, ExistingCustomer>();

  constructor(
    private readonly tx: Transaction,
    private readonly batch: PreparedRecord[],
    private readonly rules: IdentityRules,
    private readonly hasher: IdentifierHasher,
    private readonly now: string,
    private readonly settled: string[],
  ) {
    this.outcomes = batch.map(() => ({ status: 'accepted', reasons: [] }));
  }

  /** Time from the transaction's start to the resolved identities: the batch's resolve phase. */
  resolveSeconds = 0;
  private readonly started = performance.now();

  async write(): Promise<BatchOutcome> {
    skipSuperseded(this.batch, this.outcomes);
    const read = await this.readBatch();
    this.stored = new Map(read.versions.map((row) => [storedKey(row), row]));
    const previous = skipUnchanged(this.batch, this.outcomes, (key) => this.stored.get(key) as StoredVersion | undefined);
    rejectUnknownProducts(this.batch, this.outcomes, (sku) => read.knownSkus.has(sku));
    this.rejectSuppressed(read.suppressed);
    const changed = openRecords(this.batch, this.outcomes);
    if (!changed.length) {
      this.resolveSeconds = (performance.now() - this.started) / 1000;
      if (this.settled.length) await this.tx.run(q.unsettled, { ids: [], settled: this.settled });
      return { outcomes: this.outcomes, merges: [] };
    }

    const people = changed.filter(({ prepared }) => prepared.record.kind !== 'product');
    const identities = uniqueIdentifiers(people.flatMap(({ prepared }) => prepared.identifiers));
    const holders = await this.lockHolders(identities);
    const references = await this.readReferences(people);
    await this.readCustomers([...previous.values()]);

    const context = { previous, references, known: (id: string) => this.customers.has(id), customerRecords: customerRecordsIn(this.batch) };
    const toResolve = people.flatMap(({ prepared, index }) => {
      const resolvable = recordToResolve(prepared, index, context);
      if ('rejected' in resolvable) this.reject(index, [resolvable.rejected]);
      return 'rejected' in resolvable ? [] : [resolvable];
    });
    const resolution = resolveBatch(toResolve, { holders, customers: this.customers }, this.rules);
    this.resolveSeconds = (performance.now() - this.started) / 1000;
    for (const refusal of resolution.refused) {
      const outcome = this.outcomes[refusal.index]!;
      outcome.reasons.push(refusal.reason);
      outcome.refusedLinks = (outcome.refusedLinks ?? 0) + 1;
    }

    // From here on every statement is sent without waiting (StatementPipeline); what the answers
    // must show is checked before the commit.
    const pipeline = new StatementPipeline(this.tx);
    this.lockCustomers(pipeline, [...this.customers.keys()]);
    if (resolution.merges.length) pipeline.send(q.merge, { merges: resolution.merges, now: this.now });

    const writable = changed.filter(({ index }) => this.outcomes[index]!.status !== 'rejected');
    const created = new Set(resolution.newCustomers);
    for (const { index } of writable) {
      const customerId = resolution.customerOf.get(index);
      this.outcomes[index]!.customerId = customerId;
      if (customerId && created.delete(customerId)) this.outcomes[index]!.newCustomer = true;
    }
    const rank = new Map(resolution.newCustomers.map((id, place) => [id, place]));
    this.writeRecords(
      pipeline,
      writable.map(({ prepared, index }) => {
        const customerId = resolution.customerOf.get(index) ?? null;
        const created = this.outcomes[index]!.status === 'accepted';
        return { prepared, customerId, created, createdRank: customerId === null ? undefined : rank.get(customerId) };
      }),
      writable.filter(({ index }) => this.outcomes[index]!.status === 'updated').map(({ prepared }) => prepared),
    );
    pipeline.add(
      reachAfterImport(
        this.tx,
        writable.flatMap(({ prepared: { record } }) => (record.kind === 'product' ? [record.sourceId] : [])),
      ),
    );
    this.refreshCustomers(pipeline, writable, previous, resolution.merges);
    const outcome = { outcomes: this.outcomes, merges: resolution.merges };
    pipeline.send(q.unsettled, { ids: changedCustomers(outcome), settled: this.settled });
    try {
      await pipeline.drain();
    } catch (error) {
      // A record read as new was created by a concurrent import since: read it again.
      if (createdMeanwhile(error)) throw new StaleBatch('a record was created by a concurrent import');
      throw error;
    }
    return outcome;
  }

  /**
   * What the batch reads before it locks anything, in one round trip (ingestion/batch-reads): the
   * stored versions of its records, which SKUs it names exist, which of its identifiers an
   * erasure suppressed (by suppression key).
   */
  private async readBatch(): Promise<{ versions: Row[]; knownSkus: Set<string>; suppressed: Set<string> }> {
    const keys = this.batch.map(({ record }) => ({ source: record.source, kind: record.kind, sourceId: record.sourceId }));
    const hashes = suppressibleHashes(this.hasher, this.batch);
    const [row] = await this.tx.run(q.reads, { keys, skus: this.referencedElsewhere(), hashes: [...hashes.keys()] });
    return {
      versions: row!.versions as Row[],
      knownSkus: new Set(row!.knownSkus as string[]),
      suppressed: new Set((row!.suppressed as string[]).map((hash) => hashes.get(hash)!)),
    };
  }

  /** The SKUs the batch's records name that are not products of the batch itself. */
  private referencedElsewhere(): string[] {
    const inBatch = new Set(productsIn(this.batch));
    return [...new Set(this.batch.flatMap(referencedSkus))].filter((sku) => !inBatch.has(sku));
  }

  /** Records an erasure forbids are refused (see suppressed-records.ts). */
  private rejectSuppressed(suppressed: Set<string>): void {
    if (!suppressed.size) return;
    for (const [index, reasons] of suppressedRecords(suppressed, openRecords(this.batch, this.outcomes))) {
      this.outcomes[index] = { status: 'rejected', suppressed: true, reasons };
    }
  }

  /** Locks the batch's identifiers and reads who holds them, in one round trip. */
  private async lockHolders(identities: Identifier[]): Promise<Map<string, string[]>> {
    const [row] = await this.tx.run(q.lockHolders, { identities, now: this.now });
    for (const customer of row!.customers as ExistingCustomer[]) this.customers.set(customer.id, customer);
    const held = row!.held as (Identifier & { holders: string[] })[];
    return new Map(held.map((identifier) => [identifierKey(identifier), identifier.holders]));
  }

  /** Customers named by customerSourceId: in the graph, or a customer record of this same batch. */
  private async readReferences(people: { prepared: PreparedRecord }[]) {
    const wanted = people.flatMap(({ prepared: { record } }) =>
      'customerSourceId' in record && record.customerSourceId ? [{ source: record.source, sourceId: record.customerSourceId }] : [],
    );
    const rows = wanted.length ? await this.tx.run(q.referenced, { references: wanted }) : [];
    for (const row of rows) this.customers.set((row.customer as ExistingCustomer).id, row.customer as ExistingCustomer);
    return new Map(
      rows.map((row) => [keyOf('customer', row.source as string, row.sourceId as string), (row.customer as ExistingCustomer).id]),
    );
  }

  private async readCustomers(ids: string[]): Promise<void> {
    const missing = [...new Set(ids.filter((id) => !this.customers.has(id)))];
    if (!missing.length) return;
    const rows = await this.tx.run(q.customersById, { ids: missing });
    if (rows.length < missing.length) throw new StaleBatch("a record's customer was merged by a concurrent import");
    for (const row of rows) this.customers.set((row.customer as ExistingCustomer).id, row.customer as ExistingCustomer);
  }

  private lockCustomers(pipeline: StatementPipeline, ids: string[]): void {
    if (!ids.length) return;
    // Read before the lock: if a concurrent merge, split or import changed them since, start over.
    pipeline.send(q.lockCustomers, { ids: [...ids].sort() }, (rows) => {
      const changed = rows.some((row) => {
        const read = this.customers.get(row.id as string)!;
        return !row.live || row.identities !== read.identifiers.length || row.distinctFrom !== read.distinctFrom.length;
      });
      if (changed) throw new StaleBatch('a customer changed under a concurrent import');
    });
  }

  private writeRecords(
    pipeline: StatementPipeline,
    rows: { prepared: PreparedRecord; customerId: string | null; created: boolean; createdRank?: number }[],
    updated: PreparedRecord[],
  ): void {
    this.detach(pipeline, updated);
    pipeline.send(q.sourceRecords, {
      rows: rows.map(({ prepared, customerId, created, createdRank }) => sourceRecordRow(prepared, customerId, { created, createdRank })),
      now: this.now,
    });
    const of = <K extends PreparedRecord['record']['kind']>(kind: K) =>
      rows.filter(({ prepared }) => prepared.record.kind === kind) as {
        prepared: PreparedRecord & { record: Extract<PreparedRecord['record'], { kind: K }> };
        customerId: string;
        created: boolean;
      }[];
    const facts = [
      [q.products, of('product').map(({ prepared }) => productRow(prepared.record))],
      [q.orders, of('order').map(({ prepared, customerId }) => orderRow(prepared.record, customerId))],
      [q.touchpoints, of('touchpoint').map(({ prepared, customerId }) => touchpointRow(prepared.record, customerId))],
      [q.signals, of('socialSignal').map(({ prepared, customerId }) => socialSignalRow(prepared.record, customerId))],
      [q.consents, of('consent').map(({ prepared, customerId }) => consentRow(prepared.record, customerId))],
    ] as const;
    for (const [statement, factRows] of facts) if (factRows.length) pipeline.send(statement, { rows: factRows });
  }

  /** Unties the older versions; one a concurrent import changed since it was read makes the batch start over. */
  private detach(pipeline: StatementPipeline, updated: PreparedRecord[]): void {
    if (!updated.length) return;
    const keys = updated.map(({ record }) => ({ source: record.source, kind: record.kind, sourceId: record.sourceId }));
    pipeline.send(q.detach, { keys }, (stored) => {
      const changed = stored.some((row) => this.stored.get(storedKey(row))?.hash !== row.hash);
      if (changed || stored.length < keys.length) throw new StaleBatch('a record changed under a concurrent import');
    });
  }

  /** Derived links, golden records and journeys of every customer the batch changed. */
  private refreshCustomers(
    pipeline: StatementPipeline,
    written: { prepared: PreparedRecord; index: number }[],
    previous: Map<string, string>,
    merges: Merge[],
  ): void {
    const { rebuild, profiles, journeys } = customerRefresh(
      written.map(({ prepared: { record }, index }) => ({
        record,
        outcome: this.outcomes[index]!,
        customerBefore: previous.get(recordKey(record)),
      })),
      merges,
    );
    if (rebuild.length) pipeline.send(q.rebuildLinks, { ids: rebuild });
    if (profiles.length) pipeline.send(q.profiles, { ids: profiles });
    if (journeys.length) pipeline.send(q.journeys, { customers: journeys });
  }

  private reject(index: number, reasons: string[]): void {
    this.outcomes[index] = { status: 'rejected', reasons };
  }
}

/** The record key of a row that names a record's kind, source and id. */
const storedKey = (row: Row) => recordKey(row as { kind: string; source: string; sourceId: string });
