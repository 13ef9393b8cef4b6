import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cypherRoot, statementNames } from './cypher-library.js';

/**
 * The typed index of the Cypher library: every file under cypher/ as a name `cypher.get` accepts,
 * so a caller writes the name literally (a search for a file's name finds every caller) and a
 * name without a file fails the type check. `npm run cypher:index` writes it; a test fails when
 * it is stale.
 */
export const statementIndexFile = join(cypherRoot, '..', 'src', 'graph', 'statement-names.generated.ts');

export function statementIndex(): string {
  const names = statementNames(cypherRoot).map((name) => `  | '${name}'`);
  return `${['// Generated from cypher/ by `npm run cypher:index`; do not edit.', 'export type StatementName =', ...names].join('\n')};\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(statementIndexFile, statementIndex());
  console.log(`wrote ${statementIndexFile}`);
}
