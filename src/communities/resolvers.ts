import type { Resolvers } from '../api/schema-types.generated.js';
import type { CustomerRecord } from '../customers/customers.js';
import { loadBuyerClusterRules } from './buyer-cluster-rules.js';
import { buyerClusterPage, detectBuyerClusters } from './buyer-clusters.js';
import { detectHouseholds } from './households.js';

const buyerClusterRules = loadBuyerClusterRules();

/** Households and buyer clusters: detected on demand, shown on each customer. */
export const communityResolvers: Resolvers = {
  Query: {
    buyerClusters: (_parent, { first, after }, { graph }) => buyerClusterPage(graph, first, after),
  },
  Mutation: {
    detectHouseholds: (_parent, _args, { graph }) => detectHouseholds(graph),
    detectBuyerClusters: (_parent, _args, { graph }) => detectBuyerClusters(graph, buyerClusterRules),
  },
  Customer: {
    household: (customer, _args, { loaders }) => loaders.household.load(customer.id),
    buyerCluster: (customer, _args, { loaders }) => loaders.buyerCluster.load(customer.id),
  },
  Household: {
    members: async (household, _args, { loaders }) => (await loaders.customer.loadMany(household.members)) as CustomerRecord[],
  },
  BuyerClusterProduct: {
    product: async (line, _args, { loaders }) => (await loaders.product.load(line.sku))!,
  },
};
