import type { Resolvers } from '../api/schema-types.generated.js';
import { loadLeadRules } from '../leads/rules.js';
import { activate } from './activate.js';
import { loadDestinations } from './destinations.js';

/** Activation: audiences, segments and lead lists out to the destinations, consent enforced. */
const destinations = loadDestinations();
const leadRules = loadLeadRules();

export const activationResolvers: Resolvers = {
  Mutation: {
    activate: (_parent, { destination, source, dryRun }, { graph }) =>
      activate(graph, leadRules, destinations, destination, source, dryRun ?? false),
  },
};
