import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Graph } from '../graph/graph.js';
import { AuditTrail } from '../audit/trail.js';
import { ApiKeys } from './api-keys.js';
import { authenticator, type Authenticate } from './authenticate.js';
import { AccessPolicy, loadClearance } from './policy.js';
import { pseudonymKey, tokenSettings } from './settings.js';
import { tokenVerifier } from './tokens.js';

/** Everything the API needs to know who calls, what they may see, and to keep the audit log. */
export interface Access {
  authenticate: Authenticate;
  policy: AccessPolicy;
  apiKeys: ApiKeys;
  trail: AuditTrail;
  pseudonymKey: string;
}

export function createAccess(config: Config, graph: Graph, schema: GraphQLSchema, log: Logger): Access {
  const apiKeys = new ApiKeys(graph);
  return {
    authenticate: authenticator(tokenVerifier(tokenSettings(config)), apiKeys),
    policy: new AccessPolicy(schema, loadClearance()),
    apiKeys,
    trail: new AuditTrail(graph, config.AUDIT_RETENTION_DAYS, log),
    pseudonymKey: pseudonymKey(config),
  };
}
