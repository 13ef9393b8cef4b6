import { cypher, type Statement } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';

/** Customers: the unified profile of one real person and the identifiers that point at it. */
export interface CustomerRecord {
  id: string;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  street: string | null;
  city: string | null;
  postcode: string | null;
  region: string | null;
  country: string | null;
  lifecycleStage: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface IdentityRecord {
  type: string;
  value: string;
  firstSeenAt: string | null;
}

const byIds = cypher.get('customers/by-ids');
const identities = cypher.get('customers/identities');

/** Profiles in the order of `ids` (a merged id gives its survivor's); null where no customer ever had that id. */
export async function customersByIds(graph: Graph, ids: readonly string[]): Promise<(CustomerRecord | null)[]> {
  const rows = await graph.read(byIds, { ids });
  const found = new Map(rows.map((row) => [row.requested as string, row.customer as CustomerRecord]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Identifiers per customer, in the order of `ids`. */
export async function identitiesOfCustomers(graph: Graph, ids: readonly string[]): Promise<IdentityRecord[][]> {
  return listsPerCustomer(graph, identities, ids, 'identities');
}

/** One statement answering for many customers, each row `{customerId, [field]: list}`: lists in the order of `ids`. */
export async function listsPerCustomer<T>(graph: Graph, statement: Statement, ids: readonly string[], field: string): Promise<T[][]> {
  const rows = await graph.read(statement, { ids });
  const found = new Map(rows.map((row) => [row.customerId as string, row[field] as T[]]));
  return ids.map((id) => found.get(id) ?? []);
}
