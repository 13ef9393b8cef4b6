import type { GraphQLObjectType, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { decodeCursor, pageSize } from '../../paging/connections.js';
import type { ApiContext } from '../../api/context.js';
import type { ProductRecord } from '../../catalog/products.js';
import { cypher, type Statement } from '../../graph/cypher-library.js';
import { useFragment, type Piece } from '../../graph/fragments.js';
import type { CustomerRecord } from '../customers.js';
import type { JourneyRows } from '../../journeys/journey.js';
import { metricsFrom, type MetricsRow } from '../metrics.js';
import { cursorKey, touchpointFilters, type PageRow } from '../pages.js';
import { documentNames, reaches, selectedFields, type SelectedField } from '../selection.js';

/**
 * The Customer fields a request selects, planned as fragments of cypher/customers/360/: each
 * selected field becomes one `CALL (c) { ... }` with that field's arguments as its own parameters
 * (`$f2_limit`), whether the statement reads one customer (the 360) or a list of them. The
 * answers prime the request's loaders under the very keys the field resolvers ask for, so those
 * resolvers run no further statement. A field the planner does not know (household,
 * segments...) or whose arguments are invalid is left to its resolver and loader.
 */
const q = { field: cypher.get('customers/360/field'), products: cypher.get('customers/360/products') };

/** What one selected field contributes: its fragment, its parameters, and how its answer primes the loaders. */
export interface FieldPlan {
  fragment: Statement;
  params: Record<string, unknown>;
  prime: (context: ApiContext, customerId: string, answer: unknown) => void | Promise<void>;
  /** For order, touchpoint and signal pages: the answer names products the request wants. */
  products?: 'orders' | 'touchpoints' | 'signals';
  /** With `products`: whether the request may read those products' category paths or topics. */
  productDetails?: boolean;
}

/** `reachesPath`: whether any selection of the field (aliases with the same arguments alike) reaches one of the paths. */
type Planner = (field: SelectedField, reachesPath: (paths: string[][]) => boolean) => FieldPlan;

const list =
  (fragment: Statement, loader: 'identities' | 'attributeSources' | 'channels' | 'topics' | 'consents'): Planner =>
  () => ({
    fragment,
    params: {},
    prime: (context, id, answer) => void context.loaders[loader].prime(id, answer as never),
  });

const pageParts = [['nodes'], ['edges'], ['pageInfo']];

/** Parts of a page's items a fragment projects only when asked for (a parameter each, true when selected). */
const orderParts = {
  lines: [
    ['nodes', 'lines'],
    ['edges', 'node', 'lines'],
  ],
  channel: [
    ['nodes', 'channel'],
    ['edges', 'node', 'channel'],
  ],
};

/** Touchpoint fields beyond id, type, channel and time: any of them selected makes the fragment project them all. */
const touchpointDetails = [
  'product',
  'topic',
  'searchTerm',
  'campaign',
  'score',
  'comment',
  'resolved',
  'event',
  'url',
  'referrer',
  'properties',
  'context',
];
const touchpointParts = {
  details: touchpointDetails.flatMap((field) => [
    ['nodes', field],
    ['edges', 'node', field],
  ]),
};

const page =
  (
    fragment: Statement,
    loader: 'orders' | 'touchpoints' | 'socialSignals' | 'sourceRecords',
    products?: { kind: FieldPlan['products']; paths: string[][] },
    parts: Record<string, string[][]> = {},
  ): Planner =>
  ({ args }, reachesPath) => {
    const filters = loader === 'touchpoints' ? touchpointFilters(args) : undefined;
    const after = decodeCursor(args.after as string | undefined, cursorKey);
    const limit = pageSize(args.first as number | undefined) + 1;
    // The touchpoint fragment counts through its filters and always reads the page.
    const items = loader === 'touchpoints' ? {} : { items: reachesPath(pageParts) };
    return {
      fragment,
      params: {
        ...filters,
        ...items,
        ...Object.fromEntries(Object.entries(parts).map(([part, paths]) => [part, reachesPath(paths)])),
        after,
        limit,
      },
      prime: (context, id, answer) =>
        context.loaders[loader].prime(
          { id, first: args.first as number | undefined, after: args.after as string | undefined, filters },
          answer as PageRow,
        ),
      ...(products && reachesPath(products.paths) ? { products: products.kind } : {}),
    };
  };

const planners: Record<string, Planner> = {
  identities: list(cypher.get('customers/360/identities'), 'identities'),
  attributeSources: list(cypher.get('customers/360/attribute-sources'), 'attributeSources'),
  channels: list(cypher.get('customers/360/channels'), 'channels'),
  topics: list(cypher.get('customers/360/topics'), 'topics'),
  consents: list(cypher.get('customers/360/consents'), 'consents'),
  orders: page(
    cypher.get('customers/360/orders'),
    'orders',
    {
      kind: 'orders',
      paths: [
        ['nodes', 'lines', 'product'],
        ['edges', 'node', 'lines', 'product'],
      ],
    },
    orderParts,
  ),
  touchpoints: page(
    cypher.get('customers/360/touchpoints'),
    'touchpoints',
    {
      kind: 'touchpoints',
      paths: [
        ['nodes', 'product'],
        ['edges', 'node', 'product'],
      ],
    },
    touchpointParts,
  ),
  socialSignals: page(cypher.get('customers/360/social-signals'), 'socialSignals', {
    kind: 'signals',
    paths: [
      ['nodes', 'products'],
      ['edges', 'node', 'products'],
    ],
  }),
  sourceRecords: page(cypher.get('customers/360/source-records'), 'sourceRecords'),
  metrics: () => ({
    fragment: cypher.get('customers/360/metrics'),
    params: {},
    prime: async (context, id, answer) => {
      const row = answer as MetricsRow & { allOrders: number };
      context.loaders.metrics.prime(id, metricsFrom(row, await context.rfm.current(row.allOrders)));
    },
  }),
  // The whole journey, whatever window the field asks for: the resolver applies the window (journeys/journey.ts).
  journey: () => ({
    fragment: cypher.get('customers/360/journey'),
    params: {},
    prime: (context, id, answer) => void context.loaders.journey.prime(id, answer as JourneyRows),
  }),
  related: ({ args }) => {
    const limit = pageSize(args.first as number | undefined, 10);
    return {
      fragment: cypher.get('customers/360/related'),
      params: { limit },
      prime: (context, id, answer) => void context.loaders.related.prime({ id, limit }, answer as never),
    };
  },
};

/** The plans of the Customer fields a resolver's selection asks for; one per distinct field and arguments. */
export function planFields(
  info: GraphQLResolveInfo,
  sets: readonly (SelectionSetNode | undefined)[] = info.fieldNodes.map((node) => node.selectionSet),
): FieldPlan[] {
  const customer = info.schema.getType('Customer') as GraphQLObjectType;
  const uses = new Map<string, SelectedField[]>();
  for (const field of selectedFields(info, customer, sets)) {
    if (!planners[field.name]) continue;
    // A journey is read whole whatever its window, so every selection of it shares one read.
    const key = JSON.stringify(field.name === 'journey' ? [field.name] : [field.name, field.args]);
    uses.set(key, [...(uses.get(key) ?? []), field]);
  }
  const productDetails = documentNames(info, productDetailFields);
  return [...uses.values()].flatMap((fields) => {
    try {
      const plan = planners[fields[0]!.name]!(fields[0]!, (paths) => fields.some((field) => reaches(info, field.node, paths)));
      return [plan.products ? { ...plan, productDetails } : plan];
    } catch {
      return []; // bad arguments: the field's own resolver reports them at the field's path
    }
  });
}

/**
 * The Product fields that cost a walk of the catalogue. Whether they are read is judged on the
 * whole document, not the planned paths: the products fragment primes the request's product
 * loader, which any other field of the request asking for the same product would then read.
 */
const productDetailFields = ['categoryPath', 'topics'];

/** The plans' parameters, each under its field's prefix, and the positions the products fragment reads. */
export function fieldParams(plans: FieldPlan[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  plans.forEach((plan, index) => {
    for (const [name, value] of Object.entries(plan.params)) params[`f${index + 1}_${name}`] = value;
  });
  if (plans.some((plan) => plan.products)) {
    const at = plans.length + 1;
    const positions = (kind: FieldPlan['products']) => plans.flatMap((plan, index) => (plan.products === kind ? [index] : []));
    Object.assign(params, {
      [`f${at}_orders`]: positions('orders'),
      [`f${at}_touchpoints`]: positions('touchpoints'),
      [`f${at}_signals`]: positions('signals'),
      [`f${at}_details`]: plans.some((plan) => plan.productDetails),
    });
  }
  return params;
}

/** What tells the statements of plans apart: the same shape, the same text (so composed texts are kept by shape). */
export function fieldShape(plans: FieldPlan[]): string {
  return [...plans.map((plan) => plan.fragment.name), plans.some((plan) => plan.products)].join('|');
}

/** One customers/360/field per plan, and the products the pages name last. */
export function fieldPieces(plans: FieldPlan[]): Piece[] {
  const pieces = plans.map((plan, index) => useFragment(q.field, null, { answer: useFragment(plan.fragment, `f${index + 1}`) }));
  if (plans.some((plan) => plan.products))
    pieces.push(useFragment(q.field, null, { answer: useFragment(q.products, `f${plans.length + 1}`) }));
  return pieces;
}

/** One customer's answers (a row's `answers`) into the request's loaders. */
export async function primeAnswers(
  context: ApiContext,
  plans: FieldPlan[],
  customer: CustomerRecord,
  entries: { answer: unknown }[],
  wholeProfile: boolean,
): Promise<void> {
  const answers = entries.map((entry) => entry.answer);
  await Promise.all(plans.map((plan, index) => plan.prime(context, customer.id, answers[index])));
  if (plans.some((plan) => plan.products)) primeProducts(context, plans, answers, answers[plans.length] as ProductRecord[]);
  if (wholeProfile) context.loaders.customer.prime(customer.id, customer);
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
