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

/** The merged-id walk forwards, the one text every look-up of a customer by id composes. */
export const liveCustomer = useFragment(cypher.get('customers/live-customer'), null);

const byIds = composedStatement(
  'customers/by-ids',
  'read',
  useFragment(cypher.get('customers/by-ids'), null, { liveCustomer }),
  'customers/by-ids with customers/live-customer',
);

/** Profiles in the order of `ids` (a merged id gives its survivor's); null where no customer ever had that id. */
export async function customersByIds(graph: Graph, ids: readonly string[]): Promise<(CustomerRecord | null)[]> {
  const rows = await graph.read(byIds, { ids });
  const found = new Map(rows.map((row) => [row.requested as string, row.customer as CustomerRecord]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Each fragment's batched form, composed once: every request makes its loaders anew. */
const batched = new Map<string, Statement>();

/** The batched form of a fragment of the 360 (customers/360/...): one statement answering for many customers. */
export function forEachCustomer(fragment: Statement): Statement {
  let statement = batched.get(fragment.name);
  if (!statement) {
    const piece = useFragment(cypher.get('customers/each'), null, { answer: useFragment(fragment, null) });
    statement = composedStatement(`customers/each ${fragment.name}`, 'read', piece, `${fragment.name} for several customers`);
    batched.set(fragment.name, statement);
  }
  return statement;
}

/** One statement answering for many customers, each row `{customerId, answer}`: answers in the order of `ids`, `missing` where none. */
export async function listsPerCustomer<T>(
  graph: Graph,
  statement: Statement,
  ids: readonly string[],
  params: Record<string, unknown> = {},
  missing?: T,
): Promise<T[]> {
  const rows = await graph.read(statement, { ...params, ids });
  const found = new Map(rows.map((row) => [row.customerId as string, row.answer as T]));
  return ids.map((id) => found.get(id) ?? missing ?? ([] as T));
}

/**
 * A batch of requests for a 360 fragment's answer (`forEachCustomer`), each naming a customer and
 * the fragment's arguments: the requests that share their arguments (a page of customers asking
 * each for its first 5 orders) are one statement. Answers in the order of the requests.
 */
export async function answersByArguments<R extends { id: string }, T>(
  graph: Graph,
  statement: Statement,
  requests: readonly R[],
  argumentsOf: (request: R) => Record<string, unknown>,
  missing: T,
): Promise<T[]> {
  const groups = new Map<string, R[]>();
  for (const request of requests) {
    const key = JSON.stringify(argumentsOf(request));
    groups.set(key, [...(groups.get(key) ?? []), request]);
  }
  const answers = new Map<R, T>();
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const rows = await listsPerCustomer<T>(
        graph,
        statement,
        group.map((request) => request.id),
        argumentsOf(group[0]!),
        missing,
      );
      group.forEach((request, index) => {
        answers.set(request, rows[index]!);
      });
    }),
  );
  return requests.map((request) => answers.get(request)!);
}
