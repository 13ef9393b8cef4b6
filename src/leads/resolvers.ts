import type { Resolvers } from '../api/schema-types.generated.js';
import { leadList, qualificationOf } from './leads.js';
import { loadLeadRules } from './rules.js';

/** Leads: who to approach about a product, a category or a topic, how, and why. */
const rules = loadLeadRules();

export const leadResolvers: Resolvers = {
  Query: {
    leads: (_parent, { subject, recommendation, first, after }, { graph }) => leadList(graph, rules, subject, recommendation, first, after),
  },
  Customer: {
    qualification: (customer, { subject }, { graph }) => qualificationOf(graph, rules, subject, customer.id),
  },
  Qualification: {
    customer: async (qualification, _args, { loaders }) => (await loaders.customer.load(qualification.customerId))!,
  },
  LeadReason: {
    kind: (reason) => reason.kind.toUpperCase() as 'TALKED',
  },
};
