import type { Resolvers } from '../api/schema-types.generated.js';
import { checked, groupCount, journeyWindow, maxSteps } from './arguments.js';
import { journeyOf } from './journey.js';
import { dropOffs, entryPoints, purchasePaths } from './statistics.js';

/** Journeys: one customer's path, and the paths, entry points and drop-offs across customers. */
export const journeyResolvers: Resolvers = {
  Query: {
    journeyPaths: (_parent, args, { graph }) =>
      purchasePaths(
        graph,
        args.by ?? 'CHANNEL',
        checked('maxSteps', maxSteps, args.maxSteps ?? 5),
        checked('first', groupCount, args.first ?? 10),
      ),
    journeyEntryPoints: (_parent, { first }, { graph }) => entryPoints(graph, checked('first', groupCount, first ?? 20)),
    journeyDropOffs: (_parent, { first }, { graph }) => dropOffs(graph, checked('first', groupCount, first ?? 20)),
  },
  Customer: {
    journey: async (customer, args, context) => {
      const window = journeyWindow(args);
      return journeyOf(await context.loaders.journey.load(customer.id), window);
    },
  },
};
