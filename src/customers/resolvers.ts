import type { Resolvers } from '../api/schema-types.generated.js';
import { pageSize } from '../paging/connections.js';
import { customerByIdentity, customerList, searchCustomers } from './selection/lookups.js';
import { touchpointFilters } from './pages.js';
import { customer360 } from './selection/view-360.js';

/**
 * Customers: the look-ups and the customer 360. Every list goes through the request's loaders;
 * a single customer's look-up fills them in the same statement (view-360.ts).
 */
export const customerResolvers: Resolvers = {
  Query: {
    customer: (_parent, { id }, context, info) => customer360(context, { id }, info),
    customerByIdentity: (_parent, { type, value, region }, context, info) => customerByIdentity(context, type, value, region, info),
    customers: (_parent, args, context, info) => customerList(context, args, info),
    search: (_parent, { text, first, after }, context, info) => searchCustomers(context, text, first, after, info),
  },
  Customer: {
    attributeSources: (customer, _args, { loaders }) => loaders.attributeSources.load(customer.id),
    identities: (customer, _args, { loaders }) => loaders.identities.load(customer.id),
    orders: (customer, { first, after }, { loaders }) => loaders.orders.load({ id: customer.id, first, after }),
    channels: (customer, _args, { loaders }) => loaders.channels.load(customer.id),
    touchpoints: (customer, { channels, types, since, until, first, after }, { loaders }) =>
      loaders.touchpoints.load({ id: customer.id, first, after, filters: touchpointFilters({ channels, types, since, until }) }),
    socialSignals: (customer, { first, after }, { loaders }) => loaders.socialSignals.load({ id: customer.id, first, after }),
    topics: (customer, _args, { loaders }) => loaders.topics.load(customer.id),
    consents: (customer, _args, { loaders }) => loaders.consents.load(customer.id),
    metrics: (customer, _args, { loaders }) => loaders.metrics.load(customer.id),
    related: (customer, { first }, { loaders }) => loaders.related.load({ id: customer.id, limit: pageSize(first, 10) }),
    sourceRecords: (customer, { first, after }, { loaders }) => loaders.sourceRecords.load({ id: customer.id, first, after }),
  },
  Order: {
    total: (order) => ({ minor: order.total, currency: order.currency }),
    lines: (order) => order.lines.map((line) => ({ ...line, currency: order.currency })),
  },
  OrderLine: {
    product: async (line, _args, { loaders }) => (await loaders.product.load(line.sku))!,
    unitPrice: (line) => ({ minor: line.unitPrice, currency: line.currency }),
  },
  Money: {
    amount: (money) => (money.minor / 100).toFixed(2),
  },
  Touchpoint: {
    product: (touchpoint, _args, { loaders }) => (touchpoint.sku ? loaders.product.load(touchpoint.sku) : null),
    // Stored as JSON text: a node property cannot hold a map.
    properties: (touchpoint) => (touchpoint.properties ? JSON.parse(touchpoint.properties) : null),
    context: (touchpoint) => (touchpoint.context ? JSON.parse(touchpoint.context) : null),
  },
  SocialSignal: {
    products: async (signal, _args, { loaders }) => (await loaders.product.loadMany(signal.skus)).filter(isProduct),
    customer: (signal, _args, { loaders }) => (signal.customerId ? loaders.customer.load(signal.customerId) : null),
  },
  ChannelUsage: {
    channel: (usage) => ({ name: usage.channel }),
  },
  TopicInterest: {
    topic: (interest) => ({ name: interest.topic }),
  },
  ConsentState: {
    status: (state) => state.history[0]!.status,
    at: (state) => state.history[0]!.at,
    source: (state) => state.history[0]!.source,
  },
  RelatedCustomer: {
    customer: async (related, _args, { loaders }) => (await loaders.customer.load(related.customerId))!,
    reasons: (related) => [...related.reasons].sort() as ('SHARED_IDENTIFIER' | 'SAME_ADDRESS' | 'SIMILAR_PURCHASES')[],
  },
};

const isProduct = <T>(value: T | Error | null): value is T => value !== null && !(value instanceof Error);
