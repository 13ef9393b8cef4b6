import type { Resolvers } from '../api/schema-types.generated.js';

/** Who is calling, and the API keys machine clients call with. */
export const accessResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, { access }) => access.caller,
    apiKeys: (_parent, _args, { service }) => service.apiKeys.list(),
  },
  Mutation: {
    createApiKey: (_parent, { name, role }, { service, access }) => service.apiKeys.create(name, role, access.caller.actor),
    revokeApiKey: (_parent, { id }, { service }) => service.apiKeys.revoke(id),
  },
};
