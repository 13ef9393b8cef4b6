import type { Resolvers } from '../api/schema-types.generated.js';
import type { CustomerRecord } from '../customers/customers.js';
import { customersSelected, inConnection } from '../customers/selection/list-view.js';
import { engagedCustomers, engagementStatements as q, named } from './engagement.js';

/** Topics and channels, and who engages through them. */
export const engagementResolvers: Resolvers = {
  Query: {
    topic: (_parent, { name }, { graph }) => named(graph, q.topic, name.toLowerCase()),
    channel: (_parent, { name }, { graph }) => named(graph, q.channel, name.toUpperCase()),
  },
  Topic: {
    customers: (topic, { first, after }, context, info) =>
      engagedCustomers(
        context.graph,
        q.topicCustomers,
        topic.name,
        first,
        after,
        async (ids) => (await customersSelected(context, info, inConnection)(ids)) as CustomerRecord[],
      ),
  },
  Channel: {
    customers: (channel, { first, after }, context, info) =>
      engagedCustomers(
        context.graph,
        q.channelCustomers,
        channel.name,
        first,
        after,
        async (ids) => (await customersSelected(context, info, inConnection)(ids)) as CustomerRecord[],
      ),
  },
};
