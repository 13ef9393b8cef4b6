import { v5 as uuidV5 } from 'uuid';
import { birthDatesCompare, householdIdentifiers, unbridgedDifference, type PersonalAttributes } from './matching/household-rules.js';
import type { IdentityRules, IdentityType } from './rules.js';

/**
 * Deterministic identity resolution for one batch, as a pure function: given the records'
 * identifiers and what the graph already knows about them, decide which customer each record
 * belongs to, which customers merge, and which links the rules refuse.
 */
export interface Identifier {
  type: IdentityType;
  value: string;
}

export interface RecordToResolve {
  /** Position of the record in its batch. */
  index: number;
  /** source|sourceId, for reasons a person can follow. */
  label: string;
  /**
   * The record's key and content hash: a customer this record starts is named after it, so the
   * same files give the same customer ids, and everything ordered by id (the holders of an
   * identifier, a merge's survivor) comes out the same on every import.
   */
  origin: string;
  identifiers: Identifier[];
  /** The customer this record already belongs to (re-import), or that its customerSourceId names. */
  knownCustomers: string[];
  /** Records of the same batch that are the same person (a customerSourceId naming one of them). */
  sameAs: number[];
  /** Who the record says the person is (customer records only). */
  person?: PersonalAttributes;
}

export interface ExistingCustomer {
  id: string;
  createdAt: string;
  identifiers: Identifier[];
  /** Customers an unmerge declared to be other people: never merged with this one again. */
  distinctFrom: string[];
  /** Who its customer records say the person is. */
  people?: PersonalAttributes[];
}

export interface GraphView {
  /** Customers holding each identifier, keyed by identifierKey(). */
  holders: Map<string, string[]>;
  customers: Map<string, ExistingCustomer>;
}

export interface Merge {
  survivor: string;
  absorbed: string[];
  reason: string;
}

export interface RefusedLink {
  index: number;
  reason: string;
}

export interface Resolution {
  customerOf: Map<number, string>;
  newCustomers: string[];
  merges: Merge[];
  refused: RefusedLink[];
}

/** The namespace of customer ids named after their first record (any fixed UUID). */
const customerNamespace = '6f1c0f0e-3d52-4c8a-9a51-0c1f3d2b7e41';

export const identifierKey = (identifier: Identifier) => `${identifier.type}|${identifier.value}`;

/** A group of records and customers that are one person, with the identifiers it holds. */
interface Group {
  customers: Set<string>;
  distinctFrom: Set<string>;
  values: Map<IdentityType, Set<string>>;
  people: PersonalAttributes[];
  reasons: string[];
  /** The records and customers in the group, as a person reads them: for reasons naming both sides. */
  members: string[];
}

/** Identifiers a household shares (a family mailbox, a landline): they link no one whose personal attributes disagree. */
const shareable: ReadonlySet<IdentityType> = new Set(['EMAIL', 'PHONE']);

export function resolveBatch(records: RecordToResolve[], graph: GraphView, rules: IdentityRules): Resolution {
  const groups = new Groups(rules);
  for (const customer of graph.customers.values()) groups.addCustomer(customer);
  const refused: RefusedLink[] = [];
  // Every record of the batch that holds an identifier: a record refused by one (a twin) may still belong with another.
  const claimedInBatch = new Map<string, number[]>();

  const household = householdValues(records, graph);
  const nodes = new Map(records.map((record) => [record.index, groups.addRecord(record)]));
  for (const record of records) {
    const node = nodes.get(record.index)!;
    const known = [...record.knownCustomers.map((id) => groups.customerNode(id)), ...record.sameAs.map((index) => nodes.get(index)!)];
    for (const other of known) {
      const problem = groups.join(node, other, `${record.label} names its customer`);
      if (problem)
        refused.push({ index: record.index, reason: `record ${record.label} not linked to ${groups.membersOf(other)}: ${problem}` });
    }
    for (const identifier of byPriority(record.identifiers, rules)) {
      const key = identifierKey(identifier);
      const shared = shareable.has(identifier.type);
      const link = (other: number, sharedBy?: PersonalAttributes[]) => {
        const holders = groups.membersOf(other);
        const problem = groups.join(
          node,
          other,
          `${record.label} shares ${identifier.type} ${identifier.value}`,
          sharedBy,
          household.has(key),
        );
        if (problem)
          refused.push({
            index: record.index,
            reason: `${identifier.type} ${identifier.value} not linked: record ${record.label} and ${holders} both hold it, but ${problem}`,
          });
      };
      for (const holder of graph.holders.get(key) ?? [])
        link(groups.customerNode(holder), shared && record.person ? [record.person] : undefined);
      // Every earlier record of the batch (a twin refuses, the same person further on does not),
      // each checked against all the record has joined (an order's record, saying nothing of its
      // person, too): it never bridges two people who differ.
      for (const claimer of groups.distinct(claimedInBatch.get(key) ?? [])) link(claimer, shared ? groups.peopleOf(node) : undefined);
      claimedInBatch.set(key, [...(claimedInBatch.get(key) ?? []), node]);
    }
  }
  return { ...groups.assign(records, graph.customers), refused };
}

/**
 * The e-mail addresses and phone numbers of this batch that people who differ hold, among the
 * batch's records and the customers already holding them: a family mailbox, a landline.
 */
function householdValues(records: RecordToResolve[], graph: GraphView): Set<string> {
  const holders = new Map<string, PersonalAttributes[][]>();
  for (const record of records)
    for (const identifier of record.identifiers) {
      const key = identifierKey(identifier);
      if (!shareable.has(identifier.type) || !record.person) continue;
      const known = holders.get(key) ?? (graph.holders.get(key) ?? []).map((id) => graph.customers.get(id)?.people ?? []);
      holders.set(key, [...known, [record.person]]);
    }
  return householdIdentifiers(holders);
}

/**
 * Merges among existing customers that other evidence (fuzzy matching) says are one person,
 * checked against the same rules: a link that breaks one is refused with its reason.
 */
export function planMerges<L extends { a: string; b: string; reason: string }>(
  customers: ExistingCustomer[],
  links: L[],
  rules: IdentityRules,
) {
  const groups = new Groups(rules);
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  for (const customer of customers) groups.addCustomer(customer);
  const refused = links.flatMap((link) => {
    const problem = groups.join(groups.customerNode(link.a), groups.customerNode(link.b), link.reason);
    return problem ? [{ link, problem, message: `${link.a} and ${link.b} not merged: ${problem}` }] : [];
  });
  return { merges: groups.merges(byId), refused };
}

function byPriority(identifiers: Identifier[], rules: IdentityRules): Identifier[] {
  return [...identifiers].sort((a, b) => rules.priority.indexOf(a.type) - rules.priority.indexOf(b.type));
}

/** Union-find over records and existing customers; a union that breaks a per-type limit is refused. */
class Groups {
  private readonly parent: number[] = [];
  private readonly group: Group[] = [];
  private readonly customerNodes = new Map<string, number>();
  private readonly recordNodes = new Map<number, number>();

  constructor(private readonly rules: IdentityRules) {}

  addCustomer(customer: ExistingCustomer): void {
    this.customerNodes.set(
      customer.id,
      this.add(new Set([customer.id]), customer.identifiers, customer.distinctFrom, customer.people ?? [], `customer ${customer.id}`),
    );
  }

  addRecord(record: RecordToResolve): number {
    const node = this.add(new Set(), record.identifiers, [], record.person ? [record.person] : [], `record ${record.label}`);
    this.recordNodes.set(record.index, node);
    return node;
  }

  customerNode(id: string): number {
    const node = this.customerNodes.get(id);
    if (node === undefined) throw new Error(`customer ${id} was not read before resolution`);
    return node;
  }

  /**
   * Joins two groups; returns why not when the rules forbid it. `sharedBy`: the link is an
   * identifier a household may share, claimed by records saying this of their person: no record
   * of the other side may differ from one of them (unless a third record bridges them). `household`:
   * people who differ are known to hold it, so it joins only records whose birth dates compare (a
   * father without a birth date and his son of one name share the family mailbox).
   */
  join(a: number, b: number, reason: string, sharedBy?: PersonalAttributes[], household = false): string | undefined {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA === rootB) return undefined;
    const [left, right] = [this.group[rootA]!, this.group[rootB]!];
    // A disagreement that a third record bridges (a slip between two slips of one name) does not count.
    const different = sharedBy && unbridgedDifference(sharedBy, right.people);
    if (different) return `shared by a different person (${different})`;
    if (sharedBy?.length && household && !birthDatesCompare(sharedBy, right.people))
      return 'people of one household who differ share it, and no birth date on both sides tells whose it is';
    const declared =
      [...right.customers].find((id) => left.distinctFrom.has(id)) ?? [...left.customers].find((id) => right.distinctFrom.has(id));
    if (declared) return `customer ${declared} was split from this one as a different person`;
    for (const [type, values] of right.values) {
      const count = this.rules.countDistinct(type, new Set([...(left.values.get(type) ?? []), ...values]));
      if (count > this.rules.maxPerCustomer[type]) {
        return `one customer would hold ${count} ${type} values (at most ${this.rules.maxPerCustomer[type]})`;
      }
    }
    this.parent[rootB] = rootA;
    for (const customer of right.customers) left.customers.add(customer);
    for (const other of right.distinctFrom) left.distinctFrom.add(other);
    for (const [type, values] of right.values) left.values.set(type, new Set([...(left.values.get(type) ?? []), ...values]));
    left.people.push(...right.people);
    left.reasons.push(...right.reasons, reason);
    left.members.push(...right.members);
    return undefined;
  }

  /** Groups of several existing customers, each as a merge into its oldest customer. */
  merges(customers: Map<string, ExistingCustomer>): Merge[] {
    const roots = new Set(this.parent.map((_, node) => this.find(node)));
    return [...roots].flatMap((root) => {
      const group = this.group[root]!;
      const [survivor, ...absorbed] = [...group.customers].sort((x, y) => compareAge(customers.get(x)!, customers.get(y)!));
      return survivor && absorbed.length ? [{ survivor, absorbed, reason: group.reasons.join('; ') }] : [];
    });
  }

  /** Each group becomes one customer: its oldest existing customer survives, or a new one is made. */
  assign(records: RecordToResolve[], customers: Map<string, ExistingCustomer>): Omit<Resolution, 'refused'> {
    const customerOfRoot = new Map<number, string>();
    const newCustomers: string[] = [];
    const merges: Merge[] = [];
    for (const record of records) {
      const root = this.find(this.recordNodes.get(record.index)!);
      if (customerOfRoot.has(root)) continue;
      const group = this.group[root]!;
      const [survivor, ...absorbed] = [...group.customers].sort((x, y) => compareAge(customers.get(x)!, customers.get(y)!));
      if (survivor) {
        customerOfRoot.set(root, survivor);
        if (absorbed.length) merges.push({ survivor, absorbed, reason: group.reasons.join('; ') });
      } else {
        const id = uuidV5(record.origin, customerNamespace);
        newCustomers.push(id);
        customerOfRoot.set(root, id);
      }
    }
    const customerOf = new Map(
      records.map((record) => [record.index, customerOfRoot.get(this.find(this.recordNodes.get(record.index)!))!]),
    );
    return { customerOf, newCustomers, merges };
  }

  /** One node per group among `nodes`. */
  distinct(nodes: number[]): number[] {
    const seen = new Map(nodes.map((node) => [this.find(node), node]));
    return [...seen.values()];
  }

  peopleOf(node: number): PersonalAttributes[] {
    return this.group[this.find(node)]!.people;
  }

  membersOf(node: number): string {
    const { members } = this.group[this.find(node)]!;
    return members.length <= 3 ? members.join(', ') : `${members.slice(0, 3).join(', ')} and ${members.length - 3} more`;
  }

  private add(
    customers: Set<string>,
    identifiers: Identifier[],
    distinctFrom: string[],
    people: PersonalAttributes[],
    member: string,
  ): number {
    const values = new Map<IdentityType, Set<string>>();
    for (const { type, value } of identifiers) values.set(type, new Set([...(values.get(type) ?? []), value]));
    this.parent.push(this.parent.length);
    this.group.push({ customers, distinctFrom: new Set(distinctFrom), values, people: [...people], reasons: [], members: [member] });
    return this.parent.length - 1;
  }

  private find(node: number): number {
    while (this.parent[node] !== node) {
      this.parent[node] = this.parent[this.parent[node]!]!;
      node = this.parent[node]!;
    }
    return node;
  }
}

function compareAge(a: ExistingCustomer, b: ExistingCustomer): number {
  return sortableTime(a.createdAt).localeCompare(sortableTime(b.createdAt)) || a.id.localeCompare(b.id);
}

/** Seconds' fractions padded to nanoseconds: customers one batch starts differ by a nanosecond, and "…00Z" must not sort after "…00.000000001Z". */
const sortableTime = (at: string) =>
  at.replace(/(\d\d:\d\d:\d\d)(\.\d+)?/, (_, time: string, fraction = '.') => `${time}${fraction.padEnd(10, '0')}`);
