import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { accessResolvers } from '../access/resolvers.js';
import { analystResolvers } from '../analyst/resolvers.js';
import { audienceResolvers } from '../audiences/resolvers.js';
import { auditResolvers } from '../audit/resolvers.js';
import { catalogResolvers } from '../catalog/resolvers.js';
import { customerResolvers } from '../customers/resolvers.js';
import { engagementResolvers } from '../engagement/resolvers.js';
import { activationResolvers } from '../activation/resolvers.js';
import { communityResolvers } from '../communities/resolvers.js';
import { leadResolvers } from '../leads/resolvers.js';
import { segmentResolvers } from '../segments/resolvers.js';
import { identityResolvers } from '../identity/resolvers.js';
import { ingestionResolvers } from '../ingestion/resolvers.js';
import { journeyResolvers } from '../journeys/resolvers.js';
import { privacyResolvers } from '../privacy/resolvers.js';
import { liveResolvers } from '../live/resolvers.js';
import { projectRoot } from '../project.js';
import { DateTime } from './scalars.js';

/** schema.graphql is the contract; each concern of the product brings the resolvers of its types. */
export const typeDefs = readFileSync(join(projectRoot, 'schema.graphql'), 'utf8');

export function createSchema() {
  return makeExecutableSchema({
    typeDefs,
    resolvers: [
      { DateTime },
      customerResolvers,
      catalogResolvers,
      engagementResolvers,
      leadResolvers,
      segmentResolvers,
      activationResolvers,
      communityResolvers,
      ingestionResolvers,
      identityResolvers,
      audienceResolvers,
      journeyResolvers,
      accessResolvers,
      auditResolvers,
      analystResolvers,
      privacyResolvers,
      liveResolvers,
    ],
  });
}
