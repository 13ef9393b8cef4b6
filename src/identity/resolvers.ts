import { decodeCursor, pageSize, toConnection } from '../paging/connections.js';
import { InvalidArgument } from '../invalid-argument.js';
import type { Resolvers } from '../api/schema-types.generated.js';
import type { CustomerRecord } from '../customers/customers.js';
import { matchCustomers } from './fuzzy-pass.js';
import { confirmMatch, rejectMatch, reviewCount, reviewCursor, reviewPage, ReviewRefused, type ReviewItem } from './review-queue.js';
import { NotMerged, unmergeCustomer } from './unmerge.js';

/** A steward's decision the rules refuse is the caller's to fix: a bad argument, with the reason. */
async function decided<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ReviewRefused) throw new InvalidArgument('customerIds', error.message);
    throw error;
  }
}

export const identityResolvers: Resolvers = {
  Query: {
    reviewQueue: async (_parent, args, { graph, loaders }) => {
      for (const [name, value] of [
        ['minScore', args.minScore],
        ['maxScore', args.maxScore],
      ] as const) {
        if (value !== null && value !== undefined && !(value >= 0 && value <= 1))
          throw new InvalidArgument(name, `must be between 0 and 1, got ${value}`);
      }
      const size = pageSize(args.first);
      const rows = await reviewPage(graph, args, decodeCursor(args.after, reviewCursor), size + 1);
      const customers = (await loaders.customer.loadMany(rows.flatMap((row) => [row.a, row.b]))) as CustomerRecord[];
      const items: ReviewItem[] = rows.map((row, i) => ({ ...row, customer: customers[2 * i]!, other: customers[2 * i + 1]! }));
      return toConnection(
        items,
        size,
        (item) => ({ score: item.score, a: item.a, b: item.b }),
        () => reviewCount(graph, args),
      );
    },
  },
  Mutation: {
    matchCustomers: (_parent, _args, { graph, ingestion }) => matchCustomers(graph, ingestion.rules),
    confirmMatch: async (_parent, { customerIds }, { graph, ingestion, loaders }) => {
      const survivor = await decided(() => confirmMatch(graph, ingestion.rules, customerIds));
      for (const id of customerIds) loaders.customer.clear(id);
      return (await loaders.customer.load(survivor)) as CustomerRecord;
    },
    rejectMatch: async (_parent, { customerIds, reason }, { graph }) => {
      await decided(() => rejectMatch(graph, customerIds, reason));
      return true;
    },
    unmergeCustomer: async (_parent, { id, reason }, { graph, loaders, live }) => {
      try {
        const split = await unmergeCustomer(graph, id, reason);
        live.customerSplit(split);
        const [restored, ...from] = (await loaders.customer.loadMany([split.restored, ...split.from])) as CustomerRecord[];
        return { restored: restored!, from };
      } catch (error) {
        if (error instanceof NotMerged) throw new InvalidArgument('id', error.message);
        throw error;
      }
    },
  },
};
