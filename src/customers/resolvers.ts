import type { Resolvers } from '../api/schema-types.generated.js';

export const customerResolvers: Resolvers = {
  Query: {
    customer: (_parent, { id }, { loaders }) => loaders.customer.load(id),
  },
  Customer: {
    identities: (customer, _args, { loaders }) => loaders.identities.load(customer.id),
  },
};
