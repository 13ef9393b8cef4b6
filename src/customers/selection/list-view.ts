import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { ApiContext } from '../../api/context.js';
import { cypher, type Statement } from '../../graph/cypher-library.js';
import { composedStatement, useFragment, type Piece } from '../../graph/fragments.js';
import { liveCustomer, type CustomerRecord } from '../customers.js';
import { fieldParams, fieldPieces, fieldShape, planFields, primeAnswers } from './field-plans.js';
import { fieldNodes } from '../selection.js';
import { profileRecord, selectedProfile } from './profile.js';

/**
 * A list of customers in one statement: the clauses that find the list (a page, a search, an
 * audience page, given ids) followed, for each customer, by the fragments of the Customer fields
 * the request selects below the list, nested pages included, exactly as the 360 composes them.
 * The answers prime the request's loaders, so the field resolvers run nothing more.
 */
const q = { view: cypher.get('customers/list/view'), byIds: cypher.get('customers/list/by-ids') };

export interface ListedCustomer {
  customer: CustomerRecord;
  key: unknown;
}

/** Where the customers of a connection sit below the resolver's field. */
export const inConnection = [['nodes'], ['edges', 'node']];

/** The selection sets of the customers at `paths` below the resolver's field. */
export function customerSelections(info: GraphQLResolveInfo, paths: string[][]): (SelectionSetNode | undefined)[] {
  const below = (sets: (SelectionSetNode | undefined)[], path: string[]): (SelectionSetNode | undefined)[] => {
    if (path.length === 0) return sets;
    return below(
      fieldNodes(info, sets)
        .filter((node) => node.name.value === path[0])
        .map((node) => node.selectionSet),
      path.slice(1),
    );
  };
  return paths.flatMap((path) =>
    below(
      info.fieldNodes.map((node) => node.selectionSet),
      path,
    ),
  );
}

/** Each list shape's text is composed once (up to a bound). */
const composed = new Map<string, Statement>();

/** The statement of a list found by `start` and the planned fields: `name` labels it in the metrics. */
export function composeList(name: string, start: Piece, info: GraphQLResolveInfo, paths: string[][]) {
  const plans = planFields(info, customerSelections(info, paths));
  const key = `${start.text}|${fieldShape(plans)}`;
  let statement = composed.get(key);
  if (!statement) {
    statement = composedStatement(
      name,
      'read',
      useFragment(q.view, null, { start, fields: fieldPieces(plans) }),
      'a list of customers and the fields its request selects',
    );
    if (composed.size >= 1000) composed.clear();
    composed.set(key, statement);
  }
  const profile = selectedProfile(info, customerSelections(info, paths));
  return { statement, plans, profile, params: { ...fieldParams(plans), profile: profile.fields } };
}

/** The customers of a list in its order, each with its sort key; the request's loaders primed for the selected fields. */
export async function readList(
  context: ApiContext,
  list: ReturnType<typeof composeList>,
  params: Record<string, unknown>,
): Promise<ListedCustomer[]> {
  const rows = await context.graph.read(list.statement, { ...params, ...list.params });
  return Promise.all(
    rows.map(async (row) => {
      const customer = profileRecord(list.profile.fields, row.profile as unknown[]);
      await primeAnswers(context, list.plans, customer, row.answers as { answer: unknown }[], list.profile.whole);
      return { customer, key: row.key };
    }),
  );
}

/**
 * The customers of ids another statement found, in their order (null where none), read with
 * their selected fields in one statement: for the lists that start from a statement of their own
 * (segments, audiences' members, buyers, leads).
 */
export function customersSelected(context: ApiContext, info: GraphQLResolveInfo, paths: string[][]) {
  const list = composeList('customers/list/by-ids', useFragment(q.byIds, null, { liveCustomer }), info, paths);
  return async (ids: readonly string[]): Promise<(CustomerRecord | null)[]> => {
    if (ids.length === 0) return [];
    const found = new Map((await readList(context, list, { ids })).map((listed) => [listed.key as string, listed.customer]));
    if (list.profile.whole) for (const [id, customer] of found) context.loaders.customer.prime(id, customer);
    return ids.map((id) => found.get(id) ?? null);
  };
}
