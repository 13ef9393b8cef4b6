import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded, stopEmbedded } from '../src/embedded-neo4j/instance.js';
import { projectRoot } from '../src/project.js';

/**
 * One embedded Neo4j for the whole run, in its own folder and port so a developer's `npm start`
 * database is never touched. Reused when it already runs; stopped at the end only if started here.
 */
const home = process.env.NEO4J_TEST_HOME ?? join(projectRoot, '.neo4j', 'test');

export default async function setup(project: TestProject) {
  const neo4j = await startEmbedded({
    home,
    boltPort: Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688),
    heap: '1g',
    pageCache: '256m',
    log: (line) => console.log(line),
  });
  project.provide('neo4j', { uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  return async () => {
    if (neo4j.started) await stopEmbedded(home);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}
