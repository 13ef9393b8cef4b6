import { GraphQLScalarType } from 'graphql';
import { InvalidArgument } from '../invalid-argument.js';
import type { Resolvers } from '../api/schema-types.generated.js';
import { identifierArgument } from '../customers/selection/lookups.js';
import { consentDecision, setConsent } from './consent.js';
import { eraseCustomer, liftSuppression, NotSuppressed } from './erasure.js';
import { exportCustomer } from './export.js';
import { UnknownCustomer } from './subject.js';

/** Privacy: consent decisions, attribute history, the access export, erasure and suppression lifts. */

/** JSON: the export document as it is; GraphQL-over-HTTP serialises it as JSON. */
const JSONScalar = new GraphQLScalarType({ name: 'JSON', serialize: (value) => value });

/** An unknown id is the caller's mistake, named by its argument. */
async function forCustomer<T>(argument: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UnknownCustomer) throw new InvalidArgument(argument, error.message);
    throw error;
  }
}

export const privacyResolvers: Resolvers = {
  JSON: JSONScalar,
  Query: {
    exportCustomer: (_parent, { id }, { graph, service }) => forCustomer('id', () => exportCustomer(graph, service.trail, id)),
  },
  Mutation: {
    setConsent: (_parent, args, { graph }) => {
      const parsed = consentDecision.safeParse(args);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new InvalidArgument(String(issue.path[0]), issue.message);
      }
      return forCustomer('customerId', () => setConsent(graph, parsed.data));
    },
    eraseCustomer: (_parent, { id }, { graph, ingestion, service }) =>
      forCustomer('id', () => eraseCustomer(graph, service.trail, ingestion.hasher, id)),
    liftSuppression: async (_parent, { type, value, region, basis }, { graph, ingestion }) => {
      if (!basis.trim()) throw new InvalidArgument('basis', 'must state the new lawful basis');
      const standard = type === 'SOURCE_RECORD' ? value.trim() : identifierArgument(type, value, region);
      try {
        return await liftSuppression(graph, ingestion.hasher, { type, value: standard }, basis.trim());
      } catch (error) {
        if (error instanceof NotSuppressed) throw new InvalidArgument('value', error.message);
        throw error;
      }
    },
  },
  Customer: {
    attributeHistory: (customer, { attribute, first, after }, { loaders }) =>
      loaders.attributeHistory({ id: customer.id, attribute, first, after }),
  },
};
