import type { Resolvers } from '../api/schema-types.generated.js';
import { auditLog } from './audit-log.js';

/** The audit log, for admins. */
export const auditResolvers: Resolvers = {
  Query: {
    auditLog: (_parent, args, { graph, service }) => auditLog(graph, service.trail, args),
  },
};
