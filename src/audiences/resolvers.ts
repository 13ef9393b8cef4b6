import type { Resolvers } from '../api/schema-types.generated.js';
import { audiencePage, compiledAudience } from './selection/audience.js';

/** Audiences: the cross-category query and its compiled Cypher. */
export const audienceResolvers: Resolvers = {
  Query: {
    audience: (_parent, { filter, first, after }, context, info) => audiencePage(context, filter, first, after, info),
    compileAudience: (_parent, { filter }) => compiledAudience(filter),
  },
};
