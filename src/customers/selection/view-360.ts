import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../../api/context.js';
import { cypher, type Statement } from '../../graph/cypher-library.js';
import { composedStatement, useFragment } from '../../graph/fragments.js';
import { liveCustomer, type CustomerRecord } from '../customers.js';
import { fieldParams, fieldPieces, fieldShape, planFields, primeAnswers, type FieldPlan } from './field-plans.js';
import { profileFields, profileRecord, selectedProfile } from './profile.js';

/**
 * The customer 360 in one statement. When Query.customer or customerByIdentity resolves, it
 * looks ahead at the Customer fields the request selects (field-plans.ts) and composes one
 * statement: the customer, then one subquery per selected field.
 */
const q = {
  view: cypher.get('customers/360/view'),
  byId: cypher.get('customers/360/by-id'),
  byIdentity: cypher.get('customers/360/by-identity'),
};

export type CustomerKey = { id: string } | { type: string; value: string };

export { planFields };

/** The one statement for a customer and its planned fields, with every parameter. */
export function composeView(
  key: CustomerKey,
  plans: FieldPlan[],
  profile: readonly string[] = profileFields,
): { statement: Statement; params: Record<string, unknown> } {
  return { statement: statementOf('id' in key ? 'id' : 'identity', plans), params: { ...key, ...fieldParams(plans), profile } };
}

/** Requests ask the same few shapes again and again: each shape's text is composed once (up to a bound). */
const composed = new Map<string, Statement>();

function statementOf(start: 'id' | 'identity', plans: FieldPlan[]): Statement {
  const shape = fieldShape(plans);
  let statement = composed.get(`${start}|${shape}`);
  if (!statement) {
    const piece = useFragment(q.view, null, {
      start: start === 'id' ? useFragment(q.byId, null, { liveCustomer }) : useFragment(q.byIdentity, null),
      fields: fieldPieces(plans),
    });
    statement = composedStatement('customers/360', 'read', piece, 'one customer and the fields its request selects');
    if (composed.size >= 1000) composed.clear();
    composed.set(`${start}|${shape}`, statement);
  }
  return statement;
}

/** The customer (or null) for Query.customer / customerByIdentity, with the request's loaders primed for the selected fields. */
export async function customer360(context: ApiContext, key: CustomerKey, info: GraphQLResolveInfo): Promise<CustomerRecord | null> {
  const plans = planFields(info);
  const profile = selectedProfile(
    info,
    info.fieldNodes.map((node) => node.selectionSet),
  );
  const { statement, params } = composeView(key, plans, profile.fields);
  const [row] = await context.graph.read(statement, params);
  if (!row) return null;
  const customer = profileRecord(profile.fields, row.profile as unknown[]);
  await primeAnswers(context, plans, customer, row.answers as { answer: unknown }[], profile.whole);
  if ('id' in key && profile.whole) context.loaders.customer.prime(key.id, customer);
  return customer;
}
