import { composedStatement, useFragment } from '../graph/fragments.js';
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

/** Profiles in the order of `ids` (a merged id gives its survivor's); null where no customer ever had that id. */
export async function customersByIds(graph: Graph, ids: readonly string[]): Promise<(CustomerRecord | null)[]> {
  const rows = await graph.read(byIds, { ids });
  const found = new Map(rows.map((row) => [row.requested as string, row.customer as CustomerRecord]));
  return ids.map((id) => found.get(id) ?? null);
}

/** The batched form of the 360 fragment `customers/360/<name>`: one statement answering for many customers. */
export function forEachCustomer(name: string): Statement {
  const piece = useFragment(cypher.get('customers/each'), null, { answer: useFragment(cypher.get(`customers/360/${name}`), null) });
  return composedStatement(`customers/each/${name}`, 'read', piece, `customers/360/${name} for several customers`);
}

/** One statement answering for many customers, each row `{customerId, answer: list}`: lists in the order of `ids`. */
export async function listsPerCustomer<T>(graph: Graph, statement: Statement, ids: readonly string[]): Promise<T[][]> {
  const rows = await graph.read(statement, { ids });
  const found = new Map(rows.map((row) => [row.customerId as string, row.answer as T[]]));
  return ids.map((id) => found.get(id) ?? []);
}
