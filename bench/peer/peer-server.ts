import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../src/project.js';

/** @neo4j/graphql over the same graph, served by Yoga as ours is, on `port`: what a user would run instead of us. */
export async function startPeer(driver: Driver, port: number): Promise<Server> {
  const typeDefs = readFileSync(join(projectRoot, 'bench', 'peer', 'type-defs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const yoga = createYoga({ schema, graphiql: false, logging: false });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
