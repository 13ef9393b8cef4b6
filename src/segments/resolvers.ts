import type { Resolvers } from '../api/schema-types.generated.js';
import { segmentMembers } from './selection/members.js';
import { allSegments, changeStaticMembers, createSegment, refreshSegment, segmentHistory, segmentNamed } from './segments.js';

/** Segments: create, refresh, list and page them; each customer's memberships. */
export const segmentResolvers: Resolvers = {
  Query: {
    segments: (_parent, _args, { graph }) => allSegments(graph),
    segment: (_parent, { name }, { graph }) => segmentNamed(graph, name),
  },
  Mutation: {
    createSegment: (_parent, args, { graph }) => createSegment(graph, args),
    refreshSegment: (_parent, { name }, { graph }) => refreshSegment(graph, name).then((change) => ({ ...change, at: null })),
    addToSegment: (_parent, { name, customerIds }, { graph }) => changeStaticMembers(graph, name, customerIds, true),
    removeFromSegment: (_parent, { name, customerIds }, { graph }) => changeStaticMembers(graph, name, customerIds, false),
  },
  Segment: {
    members: (segment, { first, after }, context, info) => segmentMembers(context, segment, first, after, info),
    history: (segment, { first }, { graph }) => segmentHistory(graph, segment.name, first),
  },
  SegmentMembership: {
    segment: async (membership, _args, { graph }) => (await segmentNamed(graph, membership.segment))!,
  },
  Customer: {
    segments: (customer, _args, { loaders }) => loaders.segments.load(customer.id),
  },
};
