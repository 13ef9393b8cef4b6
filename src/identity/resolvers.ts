import { badArgument } from '../api/bad-argument.js';
import type { Resolvers } from '../api/schema-types.generated.js';
import type { CustomerRecord } from '../customers/customers.js';
import { matchCustomers } from './fuzzy-pass.js';
import { NotMerged, unmergeCustomer } from './unmerge.js';

export interface UnmergedCustomers {
  restored: CustomerRecord;
  from: CustomerRecord[];
}

export const identityResolvers: Resolvers = {
  Mutation: {
    matchCustomers: (_parent, _args, { graph, ingestion }) => matchCustomers(graph, ingestion.rules),
    unmergeCustomer: async (_parent, { id, reason }, { graph, loaders, live }) => {
      try {
        const split = await unmergeCustomer(graph, id, reason);
        live.customerSplit(split);
        const [restored, ...from] = (await loaders.customer.loadMany([split.restored, ...split.from])) as CustomerRecord[];
        return { restored: restored!, from };
      } catch (error) {
        if (error instanceof NotMerged) throw badArgument('id', error.message);
        throw error;
      }
    },
  },
};
