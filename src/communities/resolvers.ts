import type { Resolvers } from '../api/schema-types.generated.js';
import type { CustomerRecord } from '../customers/customers.js';
import { detectHouseholds } from './households.js';

/** Households: detected on demand, shown on each customer. */
export const communityResolvers: Resolvers = {
  Mutation: {
    detectHouseholds: (_parent, _args, { graph }) => detectHouseholds(graph),
  },
  Customer: {
    household: (customer, _args, { loaders }) => loaders.household.load(customer.id),
  },
  Household: {
    members: async (household, _args, { loaders }) => (await loaders.customer.loadMany(household.members)) as CustomerRecord[],
  },
};
