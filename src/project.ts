import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: cypher/, schema.graphql and .neo4j/ are found from here. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
