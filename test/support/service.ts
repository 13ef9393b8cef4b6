import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { Writable } from 'node:stream';
import { tokenSettings } from '../../src/access/settings.js';
import { signToken } from '../../src/access/tokens.js';
import type { Role } from '../../src/api/schema-types.generated.js';
import type { Config } from '../../src/config.js';
import { createLogger } from '../../src/observability/log.js';
import type { Neo4jConnection } from '../../src/graph/graph.js';
import { createService, type Service } from '../../src/service.js';
import { testConfig } from './graph.js';

export interface RunningService extends Service {
  url: string;
  logLines: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** The whole service on a free port, with its JSON log lines kept for assertions. */
export async function startTestService(config: Config, neo4j: Neo4jConnection): Promise<RunningService> {
  const logLines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  const service = await createService({ ...config, LOG_LEVEL: 'info' }, neo4j, createLogger('info', sink));
  await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
  const { port } = service.server.address() as AddressInfo;
  return {
    ...service,
    url: `http://127.0.0.1:${port}`,
    logLines,
    stop: async () => {
      service.server.closeAllConnections();
      await new Promise((resolve) => service.server.close(resolve));
      await service.close();
    },
  };
}

const tokens = new Map<string, Promise<string>>();

/** A token of the test suite's secret for a role (the subject names the role: `test-sales`...). */
export function tokenFor(role: Role): Promise<string> {
  if (!tokens.has(role)) tokens.set(role, signToken(tokenSettings(testConfig()), `test-${role.toLowerCase()}`, role));
  return tokens.get(role)!;
}

/** The headers of an authenticated request in a role (ADMIN unless told). */
export async function authorised(role: Role = 'ADMIN'): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(role)}` };
}

/** A GraphQL request over HTTP, as an admin unless `headers` carry their own authorization. */
/** How many Cypher statements the service has run so far (its metrics); the audit trail's batched writes land on their own clock, not a request's, so they are not counted. */
export async function statementsRun(service: Service): Promise<number> {
  const metric = await service.metrics.querySeconds.get();
  return metric.values
    .filter((value) => value.metricName === 'neo4j_query_duration_seconds_count' && value.labels.statement !== 'audit/append')
    .reduce((sum, value) => sum + value.value, 0);
}

export async function graphql(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(await authorised()), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: any[] } };
}

/** The data of a query that must succeed (a GraphQL error fails the test), as an admin unless told. */
export async function answer(url: string, query: string, variables?: Record<string, unknown>, role: Role = 'ADMIN') {
  const { body } = await graphql(url, query, variables, await authorised(role));
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** A new API key's secret (shown once), created by an ADMIN through the API: an app's write key, say. */
export async function apiKeySecret(url: string, name: string, role: Role): Promise<string> {
  const created = await answer(url, 'mutation ($name: String!, $role: Role!) { createApiKey(name: $name, role: $role) { secret } }', {
    name,
    role,
  });
  return created.createApiKey.secret as string;
}
