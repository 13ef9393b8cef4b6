import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';

/** Customers: the unified profile of one real person and the identifiers that point at it. */
export interface CustomerRecord {
  id: string;
  givenName: string | null;
  familyName: string | null;
  country: string | null;
  lifecycleStage: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface IdentityRecord {
  type: string;
  value: string;
}

const byIds = cypher.get('customers/by-ids');
const identities = cypher.get('customers/identities');

/** Profiles in the order of `ids`; null where no customer has that id. */
export async function customersByIds(graph: Graph, ids: readonly string[]): Promise<(CustomerRecord | null)[]> {
  const rows = (await graph.read(byIds, { ids })) as unknown as CustomerRecord[];
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Identifiers per customer, in the order of `ids`. */
export async function identitiesOfCustomers(graph: Graph, ids: readonly string[]): Promise<IdentityRecord[][]> {
  const rows = (await graph.read(identities, { ids })) as { customerId: string; identities: IdentityRecord[] }[];
  const found = new Map(rows.map((row) => [row.customerId, row.identities]));
  return ids.map((id) => found.get(id) ?? []);
}
