import { identifierKey, resolveBatch, type ExistingCustomer, type Identifier, type Merge } from '../../identity/resolve.js';
import type { IdentityRules } from '../../identity/rules.js';
import { productRow } from '../fact-rows.js';
import type { PreparedRecord } from '../prepare.js';
import type { BatchOutcome, RecordOutcome } from '../record-outcome.js';
import { goldenRecord } from './derived.js';
import {
  customerRecordsIn,
  keyOf,
  openRecords,
  recordKey,
  recordToResolve,
  rejectUnknownProducts,
  skipSuperseded,
  skipUnchanged,
  uniqueIdentifiers,
} from '../batch-decisions.js';
import type { PlannedGraph } from './planned-graph.js';

/**
 * One batch of a bulk load, decided as write-batch.ts decides it in Neo4j, step for step, with the
 * same resolution function (identity/resolve.ts), but over the planned graph in memory: superseded
 * copies, unchanged and older versions, unknown products, the identities the batch's people records
 * mention, their holders oldest first, customers named by customerSourceId, merges, then the
 * records written. The planned graph is an empty database's (bulk loads refuse any other), so no
 * erasure has suppressed anything and no split has declared two customers different people.
 */
export function planBatch(graph: PlannedGraph, batch: PreparedRecord[], rules: IdentityRules, number: number): BatchOutcome {
  return new BatchPlanner(graph, batch, rules, number).plan();
}

class BatchPlanner {
  private readonly outcomes: RecordOutcome[];
  private readonly customers = new Map<string, ExistingCustomer>();
  private readonly now: string;

  constructor(
    private readonly graph: PlannedGraph,
    private readonly batch: PreparedRecord[],
    private readonly rules: IdentityRules,
    private readonly number: number,
  ) {
    this.outcomes = batch.map(() => ({ status: 'accepted', reasons: [] }));
    this.now = graph.clock.batchNow(number);
  }

  plan(): BatchOutcome {
    skipSuperseded(this.batch, this.outcomes);
    const previous = skipUnchanged(this.batch, this.outcomes, (key) => {
      const stored = this.graph.records.get(key);
      return stored && { hash: stored.prepared.hash, updatedAt: stored.prepared.record.updatedAt, customerId: stored.customerId };
    });
    rejectUnknownProducts(this.batch, this.outcomes, (sku) => this.graph.products.has(sku));
    const changed = openRecords(this.batch, this.outcomes);
    if (!changed.length) return { outcomes: this.outcomes, merges: [] };

    const people = changed.filter(({ prepared }) => prepared.record.kind !== 'product');
    const identities = uniqueIdentifiers(people.flatMap(({ prepared }) => prepared.identifiers));
    for (const identity of identities)
      if (!this.graph.identities.has(identifierKey(identity)))
        this.graph.identities.set(identifierKey(identity), { ...identity, firstSeenAt: this.now });
    const holders = this.readHolders(identities);
    const references = this.readReferences(people);
    for (const id of previous.values()) if (!this.customers.has(id)) this.customers.set(id, this.graph.existing(id));

    const context = { previous, references, known: (id: string) => this.customers.has(id), customerRecords: customerRecordsIn(this.batch) };
    const toResolve = people.flatMap(({ prepared, index }) => {
      const resolvable = recordToResolve(prepared, index, context);
      if ('rejected' in resolvable) this.reject(index, [resolvable.rejected]);
      return 'rejected' in resolvable ? [] : [resolvable];
    });
    const resolution = resolveBatch(toResolve, { holders, customers: this.customers }, this.rules);
    for (const refusal of resolution.refused) {
      const outcome = this.outcomes[refusal.index]!;
      outcome.reasons.push(refusal.reason);
      outcome.refusedLinks = (outcome.refusedLinks ?? 0) + 1;
    }
    for (const merge of resolution.merges) this.merge(merge);

    const writable = changed.filter(({ index }) => this.outcomes[index]!.status !== 'rejected');
    const created = new Set(resolution.newCustomers);
    for (const { index } of writable) {
      const customerId = resolution.customerOf.get(index);
      this.outcomes[index]!.customerId = customerId;
      if (customerId && created.delete(customerId)) this.outcomes[index]!.newCustomer = true;
    }
    const rank = new Map(resolution.newCustomers.map((id, place) => [id, place]));
    for (const { prepared, index } of writable)
      this.write(prepared, resolution.customerOf.get(index) ?? null, rank, this.outcomes[index]!.status === 'updated');
    return { outcomes: this.outcomes, merges: resolution.merges };
  }

  private readHolders(identities: Identifier[]): Map<string, string[]> {
    const holders = new Map<string, string[]>();
    for (const identity of identities) {
      const found = this.graph.holdersOf(identity);
      if (!found.length) continue;
      for (const id of found) this.customers.set(id, this.graph.existing(id));
      holders.set(identifierKey(identity), found);
    }
    return holders;
  }

  /** Customers named by customerSourceId that the planned graph holds. */
  private readReferences(people: { prepared: PreparedRecord }[]): Map<string, string> {
    const references = new Map<string, string>();
    for (const {
      prepared: { record },
    } of people) {
      if (!('customerSourceId' in record) || !record.customerSourceId) continue;
      const key = keyOf('customer', record.source, record.customerSourceId);
      const customerId = this.graph.records.get(key)?.customerId;
      if (!customerId) continue;
      this.customers.set(customerId, this.graph.existing(customerId));
      references.set(key, customerId);
    }
    return references;
  }

  private merge({ survivor, absorbed, reason }: Merge): void {
    for (const id of absorbed) {
      const customer = this.graph.customers.get(id)!;
      const records = [...customer.records];
      const golden = goldenRecord(records.map((key) => this.graph.records.get(key)!)).golden;
      for (const key of records) this.graph.detach(key);
      for (const key of records) {
        this.graph.records.get(key)!.customerId = survivor;
        this.graph.attach(key, survivor);
      }
      this.graph.customers.delete(id);
      this.graph.merges.push({ absorbed: customer, survivor, reason, at: this.now, records, golden });
    }
  }

  /** A record written: ingestion/detach-updated-records for a newer version, upsert-source-records, upsert-products. */
  private write(prepared: PreparedRecord, customerId: string | null, rank: Map<string, number>, updated: boolean): void {
    const key = recordKey(prepared.record);
    if (updated) this.graph.detach(key);
    this.graph.records.set(key, { prepared, customerId, importedAt: this.now });
    if (customerId) {
      this.graph.createCustomer(customerId, this.graph.clock.createdAt(this.number, rank.get(customerId) ?? 0));
      this.graph.attach(key, customerId);
    }
    const { record } = prepared;
    if (record.kind === 'product') this.writeProduct(productRow(record), updated);
    if (record.kind === 'order' || record.kind === 'touchpoint') this.graph.channels.add(record.channel);
    if (record.kind === 'touchpoint' && record.topic) this.graph.topics.add(record.topic);
    if (record.kind === 'socialSignal') for (const topic of record.topics ?? []) this.graph.topics.add(topic);
  }

  private writeProduct(row: ReturnType<typeof productRow>, updated: boolean): void {
    let product = this.graph.products.get(row.sku);
    if (!product) this.graph.products.set(row.sku, (product = { sku: row.sku, row, categories: new Set(), topics: new Set() }));
    product.row = row;
    // A newer version unties the product's categories and topics first, whoever recorded them.
    if (updated) {
      product.categories.clear();
      product.topics.clear();
    }
    row.categoryPaths.forEach((path, level) => {
      if (!this.graph.categories.has(path))
        this.graph.categories.set(path, {
          path,
          name: row.categoryNames[level]!,
          level,
          words: row.categoryWords[level]!,
          parent: level > 0 ? row.categoryPaths[level - 1] : undefined,
        });
    });
    product.categories.add(row.categoryPaths.at(-1)!);
    for (const topic of row.topics) {
      product.topics.add(topic);
      this.graph.topics.add(topic);
    }
  }

  private reject(index: number, reasons: string[]): void {
    this.outcomes[index] = { status: 'rejected', reasons };
  }
}
