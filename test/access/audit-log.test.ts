import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project.js';

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cypherFiles(join(dir, entry.name)) : entry.name.endsWith('.cypher') ? [join(dir, entry.name)] : []);
}

describe('the audit log', () => {
  // Erasure re-points the entries about a merged-away id at the erased customer it was merged
  // into (the merged-away node goes); the entries themselves are never changed.
  it('is append-only: no statement but the append and the retention purge writes audit entries', () => {
    const root = join(projectRoot, 'cypher');
    const writers = cypherFiles(root)
      .map((file) => ({ name: relative(root, file), text: readFileSync(file, 'utf8') }))
      .filter(({ text }) => /^\/\/ mode: write/m.test(text) && /AuditEntry|CONCERNS/.test(text.replace(/^\/\/.*$/gm, '')))
      .map(({ name }) => name)
      .filter((name) => !name.startsWith('test-support/'));
    expect(writers.sort()).toEqual(['audit/append.cypher', 'audit/purge-expired.cypher', 'privacy/erase.cypher']);
  });
});
