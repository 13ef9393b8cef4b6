import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { execute, Kind, parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { createContext } from '../src/api/context.js';
import { createSchema } from '../src/api/schema.js';
import { createApi } from '../src/api/yoga.js';
import { loadConfig } from '../src/config.js';
import { RfmBoundaries } from '../src/customers/metrics.js';
import { composeView, planFields } from '../src/customers/selection/view-360.js';
import { cypher } from '../src/graph/cypher-library.js';
import { guardPersonalFields } from '../src/access/personal-fields.js';
import { hardeningOf } from '../src/api/hardening.js';
import { productionCredentials } from '../test/support/jwks.js';
import { createLogger } from '../src/observability/log.js';
import { createService } from '../src/service.js';
import { benchGraph, rawReader } from './api/graph.js';
import { measure } from './api/measure.js';
import { scenarios } from './api/scenarios.js';

/**
 * `npm run bench:api:profile -- [--calls 200]`: where the time of one customer 360 goes, layer by
 * layer, on the bench:api graph. Each line peels one layer off the one above it:
 * HTTP + Yoga → GraphQL execution (resolvers, loaders, priming) → the graph layer → the driver
 * and Neo4j running the composed statement → the hand-written query of bench:api. The floor of
 * HTTP and Yoga is a query that reads nothing.
 */
const { values: flags } = parseArgs({
  options: { customers: { type: 'string', default: '100000' }, calls: { type: 'string', default: '200' } },
});
const calls = Number(flags.calls);

const connection = await benchGraph(Number(flags.customers));
const credentials = await productionCredentials();
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DEMO_DATA: 'false',
  NEO4J_TX_TIMEOUT_MS: '600000',
  ...credentials.env,
});
const headers = { 'content-type': 'application/json', authorization: credentials.authorization };
const log = createLogger('silent');
const service = await createService(config, connection, log);
await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}/graphql`;
const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
const { ids } = (await service.graph.read(cypher.get('bench/sample-customers'), { limit: 200 }))[0] as { ids: string[] };
const view360 = scenarios(ids)[0]!;
const id = (index: number) => ids[index % ids.length]!;

const schema = createSchema();
const hardening = hardeningOf(config);
const yoga = createApi({
  graph: service.graph,
  schema,
  access: service.access,
  ingestion: service.ingestion,
  log,
  metrics: service.metrics,
  graphiql: false,
  hardening,
  live: service.live,
});
const guarded = guardPersonalFields(schema, service.access.policy);
const parts = {
  graph: service.graph,
  rfm: new RfmBoundaries(service.graph),
  ingestion: service.ingestion,
  access: service.access,
  log,
  live: service.live,
};
const admin = { actor: 'bench', role: 'ADMIN', via: 'token' } as const;
const document = parse(view360.query);
const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
const composed = (index: number) => {
  const info = {
    schema,
    fragments: {},
    variableValues: { id: id(index) },
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
  } as unknown as GraphQLResolveInfo;
  return composeView({ id: id(index) }, planFields(info));
};
const rawRead = rawReader(driver);

const layers: [string, (index: number) => Promise<unknown>][] = [
  [
    'API over HTTP (bench:api)',
    async (index) => {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: view360.query, variables: { id: id(index) } }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    },
  ],
  [
    'HTTP and Yoga alone: { __typename }, no resolver, no statement',
    async () => {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: '{ __typename }' }) });
      await response.json();
    },
  ],
  [
    'Yoga in process (no socket, no HTTP client)',
    async (index) => {
      const response = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: view360.query, variables: { id: id(index) } }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    },
  ],
  [
    'GraphQL execute in process (no HTTP, no Yoga)',
    async (index) => {
      const contextValue = createContext(parts, admin, { at: Date.now() + hardening.requestTimeoutMs });
      const result = await execute({ schema: guarded, document, variableValues: { id: id(index) }, contextValue });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    },
  ],
  [
    'composed statement through the graph layer',
    (index) => {
      const { statement, params } = composed(index);
      return service.graph.read(statement, params);
    },
  ],
  [
    'composed statement through the raw driver',
    (index) => {
      const { statement, params } = composed(index);
      return rawRead(statement.text, params);
    },
  ],
  ['hand-written query through the raw driver', (index) => rawRead(view360.raw.text, { id: id(index) })],
];

console.log(`| layer | p50 (ms) | p95 (ms) | per s |\n| --- | --- | --- | --- |`);
for (const [name, call] of layers) {
  const figures = await measure(calls, call);
  console.log(`| ${name} | ${figures.p50.toFixed(2)} | ${figures.p95.toFixed(2)} | ${figures.perSecond.toFixed(1)} |`);
}
await driver.close();
service.server.closeAllConnections();
service.server.close();
await service.close();
credentials.close();
