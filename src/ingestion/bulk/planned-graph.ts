import { identifierKey, type ExistingCustomer, type Identifier } from '../../identity/resolve.js';
import type { PersonalAttributes } from '../../identity/matching/household-rules.js';
import type { PreparedRecord } from '../prepare.js';
import { LoadClock } from './load-clock.js';

/**
 * The graph a bulk load will write, built in memory batch after batch as the online import would
 * build it in Neo4j: which records landed (their latest version), which customer each is about,
 * the identities each customer holds, the products with their categories and topics, and the
 * merges made on the way. Everything else (golden records, journeys) is derived from it at the end
 * (derived.ts), as the online import's refresh statements derive it from the same records.
 */
export interface PlannedRecord {
  prepared: PreparedRecord;
  customerId: string | null;
  /** When the batch that wrote this version ran (the load's clock). */
  importedAt: string;
}

export interface PlannedCustomer {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Keys of the records about it. */
  records: Set<string>;
  /** How many of its records claim each identifier (identifierKey): the ones above 0 are its identities. */
  claims: Map<string, number>;
}

export interface PlannedProduct {
  sku: string;
  row: { name: string; words: string[]; brand?: string; price?: number; currency?: string };
  /** Leaf category paths it is in. */
  categories: Set<string>;
  topics: Set<string>;
}

export interface PlannedCategory {
  path: string;
  name: string;
  level: number;
  words: string[];
  parent?: string;
}

/** A customer absorbed by a merge, kept as the online import keeps it: a MergedCustomer redirect. */
export interface PlannedMerge {
  absorbed: PlannedCustomer;
  survivor: string;
  reason: string;
  at: string;
  /** Keys of the records it gave up. */
  records: string[];
  /** Its golden values when it was absorbed. */
  golden: Record<string, unknown>;
}

export class PlannedGraph {
  readonly records = new Map<string, PlannedRecord>();
  readonly customers = new Map<string, PlannedCustomer>();
  /** Customers holding each identifier (identifierKey). */
  readonly holders = new Map<string, Set<string>>();
  /** Every Identity node: each identifier a batch's people records mention (ingestion/locked-identity-holders). */
  readonly identities = new Map<string, Identifier & { firstSeenAt: string }>();
  readonly products = new Map<string, PlannedProduct>();
  readonly categories = new Map<string, PlannedCategory>();
  readonly merges: PlannedMerge[] = [];
  /** Channels and topics the written records named (the upserts MERGE them; they stay when a newer version names others). */
  readonly channels = new Set<string>();
  readonly topics = new Set<string>();

  constructor(readonly clock: LoadClock) {}

  /** A customer as the resolution reads it (ingestion/locked-identity-holders, customers-by-id). */
  existing(id: string): ExistingCustomer {
    const customer = this.customers.get(id)!;
    return {
      id,
      createdAt: customer.createdAt,
      identifiers: [...customer.claims.keys()].map((key) => this.identities.get(key)!).map(({ type, value }) => ({ type, value })),
      distinctFrom: [],
      people: [...customer.records].flatMap((key) => {
        const { record } = this.records.get(key)!.prepared;
        return record.kind === 'customer' ? [personOf(record)] : [];
      }),
    };
  }

  /** Customers holding an identifier, oldest first. */
  holdersOf(identifier: Identifier): string[] {
    return [...(this.holders.get(identifierKey(identifier)) ?? [])].sort((a, b) =>
      LoadClock.compareAge(this.customers.get(a)!, this.customers.get(b)!),
    );
  }

  createCustomer(id: string, createdAt: string): PlannedCustomer {
    let customer = this.customers.get(id);
    if (!customer) this.customers.set(id, (customer = { id, createdAt, updatedAt: createdAt, records: new Set(), claims: new Map() }));
    return customer;
  }

  /** Ties a record to a customer: ABOUT, CLAIMS and HAS_IDENTITY. */
  attach(key: string, customerId: string): void {
    const customer = this.customers.get(customerId)!;
    customer.records.add(key);
    for (const identifier of this.records.get(key)!.prepared.identifiers) this.claim(customer, identifierKey(identifier), 1);
  }

  /** Unties a record from its customer (ingestion/detach-updated-records, then rebuild-customer-links). */
  detach(key: string): void {
    const planned = this.records.get(key);
    const customer = planned?.customerId ? this.customers.get(planned.customerId) : undefined;
    if (!customer?.records.delete(key)) return;
    for (const identifier of planned!.prepared.identifiers) this.claim(customer, identifierKey(identifier), -1);
  }

  private claim(customer: PlannedCustomer, key: string, by: number): void {
    const count = (customer.claims.get(key) ?? 0) + by;
    if (count > 0) {
      customer.claims.set(key, count);
      if (!this.holders.has(key)) this.holders.set(key, new Set());
      this.holders.get(key)!.add(customer.id);
    } else {
      customer.claims.delete(key);
      this.holders.get(key)?.delete(customer.id);
    }
  }
}

export function personOf(record: { givenName?: string; familyName?: string; birthDate?: string }): PersonalAttributes {
  // As the graph returns them: a missing value is null.
  return {
    givenName: record.givenName ?? null,
    familyName: record.familyName ?? null,
    birthDate: record.birthDate ?? null,
  } as PersonalAttributes;
}
