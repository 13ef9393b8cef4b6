import type { Resolvers } from '../api/schema-types.generated.js';
import { leadPage } from './selection/lead-page.js';
import { loadLeadRules } from './rules.js';

/** Leads: who to approach about a product, a category or a topic, how, and why. */
const rules = loadLeadRules();

export const leadResolvers: Resolvers = {
  Query: {
    // The leads and their customers with the fields selected of them, in one statement; Qualification.customer finds them read.
    leads: (_parent, { subject, recommendation, first, after }, context, info) =>
      leadPage(context, rules, subject, recommendation, first, after, info),
  },
  Customer: {
    qualification: (customer, { subject }, { loaders }) => loaders.qualification.load({ subject, customerId: customer.id }),
    nextBestAction: (customer, _args, { loaders }) => loaders.nextBestAction.load(customer.id),
  },
  NextBestAction: {
    topic: (action) => ({ name: action.topic }),
    recommendation: (action) => action.qualification.recommendation,
    channel: (action) => action.qualification.channel,
    reasons: (action) => action.qualification.reasons,
  },
  Qualification: {
    customer: async (qualification, _args, { loaders }) =>
      qualification.customer ?? (await loaders.customer.load(qualification.customerId))!,
  },
  LeadReason: {
    kind: (reason) => reason.kind.toUpperCase() as 'TALKED',
  },
};
