import type { GraphQLResolveInfo } from 'graphql';
import type { Caller } from './caller.js';
import { pseudonymOf } from './pseudonyms.js';

type Path = GraphQLResolveInfo['path'];

/** What one request may see and what it did see: its caller, and the personal reads and writes to audit. */
export class RequestAccess {
  /** The customer each Customer object of the answer stands for, keyed by the object's place in it. */
  private readonly customersAt = new WeakMap<Path, string>();
  /** Personal fields read ("Type.field"), per customer id ('' when no customer is above them). */
  readonly reads = new Map<string, Set<string>>();
  /** Mutations run ("Mutation.field"), per customer id they named. */
  readonly writes = new Map<string, Set<string>>();

  constructor(
    readonly caller: Caller,
    private readonly pseudonymKey: string,
  ) {}

  pseudonym(customerId: string): string {
    return pseudonymOf(this.pseudonymKey, customerId);
  }

  placeCustomer(at: Path | undefined, customerId: string): void {
    if (at) this.customersAt.set(at, customerId);
  }

  /** The nearest Customer above a field in the answer, or the customer its record names. */
  customerAbove(path: Path, parent: Record<string, unknown>): string {
    for (let at: Path | undefined = path.prev; at; at = at.prev) {
      const id = this.customersAt.get(at);
      if (id) return id;
    }
    return typeof parent.customerId === 'string' ? parent.customerId : '';
  }

  recordRead(customerId: string, field: string): void {
    add(this.reads, customerId, field);
  }

  recordWrite(customerIds: string[], mutation: string): void {
    if (customerIds.length === 0) add(this.writes, '', mutation);
    for (const id of customerIds) add(this.writes, id, mutation);
  }
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}
