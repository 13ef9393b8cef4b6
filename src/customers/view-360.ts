import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { decodeCursor, pageSize } from '../paging/connections.js';
import type { ApiContext } from '../api/context.js';
import type { ProductRecord } from '../catalog/products.js';
import { cypher, type Statement } from '../graph/cypher-library.js';
import { composedStatement, useFragment } from '../graph/fragments.js';
import type { CustomerRecord } from './customers.js';
import { metricsFrom, type MetricsRow } from './metrics.js';
import { cursorKey, touchpointFilters, type PageRow } from './pages.js';
import { reaches, selectedFields, type SelectedField } from './selection.js';

/**
 * The customer 360 in one statement. When Query.customer or customerByIdentity resolves, it
 * looks ahead at the Customer fields the request selects and composes one statement from the
 * fragments in cypher/customers/360/: the customer, then one `CALL (c) { ... }` per selected
 * field with that field's arguments as its own parameters (`$f2_limit`). The answers prime the
 * request's loaders under the very keys the field resolvers ask for, so those resolvers run no
 * further statement. A field the planner does not know (household, journey, segments...) or
 * whose arguments are invalid is left to its resolver and loader, as before.
 */
const fragment = (name: string) => cypher.get(`customers/360/${name}`);
const q = { view: fragment('view'), field: fragment('field'), byId: fragment('by-id'), byIdentity: fragment('by-identity'), products: fragment('products') };

export type CustomerKey = { id: string } | { type: string; value: string };

/** What one selected field contributes: its fragment, its parameters, and how its answer primes the loaders. */
interface FieldPlan {
  fragment: Statement;
  params: Record<string, unknown>;
  prime: (context: ApiContext, customerId: string, answer: unknown) => void | Promise<void>;
  /** For order, touchpoint and signal pages: the answer names products the request wants. */
  products?: 'orders' | 'touchpoints' | 'signals';
}

/** `reachesPath`: whether any selection of the field (aliases with the same arguments alike) reaches one of the paths. */
type Planner = (field: SelectedField, reachesPath: (paths: string[][]) => boolean) => FieldPlan;

const list = (name: string, loader: 'identities' | 'attributeSources' | 'channels' | 'topics' | 'consents'): Planner => () => ({
  fragment: fragment(name),
  params: {},
  prime: (context, id, answer) => void context.loaders[loader].prime(id, answer as never),
});

const pageParts = [['nodes'], ['edges'], ['pageInfo']];

const page = (name: string, loader: 'orders' | 'touchpoints' | 'socialSignals' | 'sourceRecords', products?: { kind: FieldPlan['products']; paths: string[][] }): Planner =>
  ({ args }, reachesPath) => {
    const filters = loader === 'touchpoints' ? touchpointFilters(args) : undefined;
    const after = decodeCursor(args.after as string | undefined, cursorKey);
    const limit = pageSize(args.first as number | undefined) + 1;
    // The touchpoint fragment counts through its filters and always reads the page.
    const items = loader === 'touchpoints' ? {} : { items: reachesPath(pageParts) };
    return {
      fragment: fragment(name),
      params: { ...filters, ...items, after, limit },
      prime: (context, id, answer) => context.loaders[loader].prime({ id, first: args.first as number | undefined, after: args.after as string | undefined, filters }, answer as PageRow),
      ...(products && reachesPath(products.paths) ? { products: products.kind } : {}),
    };
  };

const planners: Record<string, Planner> = {
  identities: list('identities', 'identities'),
  attributeSources: list('attribute-sources', 'attributeSources'),
  channels: list('channels', 'channels'),
  topics: list('topics', 'topics'),
  consents: list('consents', 'consents'),
  orders: page('orders', 'orders', { kind: 'orders', paths: [['nodes', 'lines', 'product'], ['edges', 'node', 'lines', 'product']] }),
  touchpoints: page('touchpoints', 'touchpoints', { kind: 'touchpoints', paths: [['nodes', 'product'], ['edges', 'node', 'product']] }),
  socialSignals: page('social-signals', 'socialSignals', { kind: 'signals', paths: [['nodes', 'products'], ['edges', 'node', 'products']] }),
  sourceRecords: page('source-records', 'sourceRecords'),
  metrics: () => ({
    fragment: fragment('metrics'),
    params: {},
    prime: async (context, id, answer) => {
      const row = answer as MetricsRow & { allOrders: number };
      context.loaders.metrics.prime(id, metricsFrom(row, await context.rfm.current(row.allOrders)));
    },
  }),
  related: ({ args }) => {
    const limit = pageSize(args.first as number | undefined, 10);
    return { fragment: fragment('related'), params: { limit }, prime: (context, id, answer) => void context.loaders.related.prime({ id, limit }, answer as never) };
  },
};

/** The plans of the Customer fields a resolver's selection asks for; one per distinct field and arguments. */
export function planFields(info: GraphQLResolveInfo): FieldPlan[] {
  const customer = info.schema.getType('Customer') as GraphQLObjectType;
  const uses = new Map<string, SelectedField[]>();
  for (const field of selectedFields(info, customer, info.fieldNodes.map((node) => node.selectionSet))) {
    if (!planners[field.name]) continue;
    const key = JSON.stringify([field.name, field.args]);
    uses.set(key, [...(uses.get(key) ?? []), field]);
  }
  return [...uses.values()].flatMap((fields) => {
    try {
      return [planners[fields[0]!.name]!(fields[0]!, (paths) => fields.some((field) => reaches(info, field.node, paths)))];
    } catch {
      return []; // bad arguments: the field's own resolver reports them at the field's path
    }
  });
}

/** The one statement for a customer and its planned fields, with every parameter. */
export function composeView(key: CustomerKey, plans: FieldPlan[]): { statement: Statement; params: Record<string, unknown> } {
  const params: Record<string, unknown> = { ...key };
  plans.forEach((plan, index) => Object.entries(plan.params).forEach(([name, value]) => (params[`f${index + 1}_${name}`] = value)));
  if (plans.some((plan) => plan.products)) {
    const at = plans.length + 1;
    const positions = (kind: FieldPlan['products']) => plans.flatMap((plan, index) => (plan.products === kind ? [index] : []));
    Object.assign(params, { [`f${at}_orders`]: positions('orders'), [`f${at}_touchpoints`]: positions('touchpoints'), [`f${at}_signals`]: positions('signals') });
  }
  return { statement: statementOf('id' in key ? 'id' : 'identity', plans), params };
}

/** Requests ask the same few shapes again and again: each shape's text is composed once (up to a bound). */
const composed = new Map<string, Statement>();

function statementOf(start: 'id' | 'identity', plans: FieldPlan[]): Statement {
  const withProducts = plans.some((plan) => plan.products);
  const shape = [start, ...plans.map((plan) => plan.fragment.name), withProducts].join('|');
  let statement = composed.get(shape);
  if (!statement) {
    const fields = plans.map((plan, index) => useFragment(q.field, null, { answer: useFragment(plan.fragment, `f${index + 1}`) }));
    if (withProducts) fields.push(useFragment(q.field, null, { answer: useFragment(q.products, `f${plans.length + 1}`) }));
    const piece = useFragment(q.view, null, { start: useFragment(start === 'id' ? q.byId : q.byIdentity, null), fields });
    statement = composedStatement('customers/360', 'read', piece, 'one customer and the fields its request selects');
    if (composed.size >= 1000) composed.clear();
    composed.set(shape, statement);
  }
  return statement;
}

/** The customer (or null) for Query.customer / customerByIdentity, with the request's loaders primed for the selected fields. */
export async function customer360(context: ApiContext, key: CustomerKey, info: GraphQLResolveInfo): Promise<CustomerRecord | null> {
  const plans = planFields(info);
  const { statement, params } = composeView(key, plans);
  const [row] = await context.graph.read(statement, params);
  if (!row) return null;
  const customer = row.customer as CustomerRecord;
  const answers = (row.answers as { answer: unknown }[]).map((entry) => entry.answer);
  await Promise.all(plans.map((plan, index) => plan.prime(context, customer.id, answers[index])));
  if (plans.some((plan) => plan.products)) primeProducts(context, plans, answers, answers[plans.length] as ProductRecord[]);
  context.loaders.customer.prime(customer.id, customer);
  if ('id' in key) context.loaders.customer.prime(key.id, customer);
  return customer;
}

/** Every product the pages name, found or not, so OrderLine.product and friends read nothing more. */
function primeProducts(context: ApiContext, plans: FieldPlan[], answers: unknown[], products: ProductRecord[]) {
  const found = new Map(products.map((product) => [product.sku, product]));
  const named = plans.flatMap((plan, index) => {
    const answer = answers[index] as Record<string, { sku?: string | null; skus?: string[]; lines?: { sku: string }[] }[]>;
    if (plan.products === 'orders') return answer.orders!.flatMap((order) => order.lines!.map((line) => line.sku));
    if (plan.products === 'touchpoints') return answer.touchpoints!.flatMap((touchpoint) => (touchpoint.sku ? [touchpoint.sku] : []));
    if (plan.products === 'signals') return answer.signals!.flatMap((signal) => signal.skus!);
    return [];
  });
  for (const sku of named) context.loaders.product.prime(sku, found.get(sku) ?? null);
}
