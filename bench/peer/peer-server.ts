import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { Statement } from '../../src/graph/cypher-library.js';
import { projectRoot } from '../../src/project.js';
import type { Vars } from './shapes.js';

/**
 * @neo4j/graphql over the same graph, served by Yoga as ours is, on `port`: what a user would run
 * instead of us. Lead scoring has no counterpart in the library, so its users would write it as an
 * @cypher field: Query.leads runs `leads`, with the parameters `leadParams` gives for the request's
 * topic (the library hands a context's `cypherParams` to @cypher statements by name).
 */
export async function startPeer(driver: Driver, port: number, leads: Statement, leadParams: (topic: string) => Vars): Promise<Server> {
  const typeDefs = `${readFileSync(join(projectRoot, 'bench', 'peer', 'type-defs.graphql'), 'utf8')}
type Query {
  leads(topic: String!): [Customer!]! @cypher(statement: ${JSON.stringify(leads.text)}, columnName: "c")
}`;
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const yoga = createYoga({
    schema,
    graphiql: false,
    logging: false,
    context: ({ params }) => ({ cypherParams: params.variables?.topic ? leadParams(String(params.variables.topic)) : {} }),
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
