import type { Resolvers } from '../api/schema-types.generated.js';
import { renewForEvent, type ApiContext } from '../api/context.js';
import type { CustomerRecord } from '../customers/customers.js';

const perEvent = <T>(event: T, _args: unknown, context: ApiContext) => renewForEvent(context, event);
const isCustomer = (value: CustomerRecord | Error | null): value is CustomerRecord => value !== null && !(value instanceof Error);

/**
 * Subscriptions: each listens at once, and every event is resolved like a query of its own (fresh
 * loaders, its own audit entry), so a long subscription never answers from an old cache.
 */
export const liveResolvers: Resolvers = {
  Subscription: {
    leadQualified: {
      subscribe: (_parent, { subject }, { live }) => live.leadChanges(subject),
      resolve: perEvent,
    },
    audienceChanged: {
      subscribe: (_parent, { segment }, { live }) => live.audienceChanges(segment),
      resolve: perEvent,
    },
    customerMerged: {
      subscribe: (_parent, _args, { live }) => live.merges(),
      resolve: perEvent,
    },
    customerSplit: {
      subscribe: (_parent, _args, { live }) => live.splits(),
      resolve: perEvent,
    },
  },
  AudienceChange: {
    customer: async (event, _args, { loaders }) => (await loaders.customer.load(event.customerId))!,
  },
  CustomerMerged: {
    survivor: async (event, _args, { loaders }) => (await loaders.customer.load(event.survivor))!,
    absorbedIds: (event) => event.absorbed,
  },
  CustomerSplit: {
    restored: async (event, _args, { loaders }) => (await loaders.customer.load(event.restored))!,
    from: async (event, _args, { loaders }) => (await loaders.customer.loadMany(event.from)).filter(isCustomer),
  },
};
