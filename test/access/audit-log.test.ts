import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';

describe('the audit log', () => {
  // Erasure re-points the entries about a merged-away id at the erased customer it was merged
  // into (the merged-away node goes); the entries themselves are never changed.
  it('is append-only: no statement but the append and the retention purge writes audit entries', () => {
    // Fragments count too: privacy/erase is one, composed with the merged-id walk.
    const writes = (text: string) => /\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/.test(text) && /AuditEntry|CONCERNS/.test(text);
    const writers = cypher
      .all()
      .filter(
        (statement) => (statement.mode === 'write' || statement.mode === 'fragment') && writes(statement.text.replace(/\/\/.*$/gm, '')),
      )
      .map((statement) => statement.name)
      .filter((name) => !name.startsWith('test-support/'));
    expect(writers).toEqual(['audit/append', 'audit/purge-expired', 'privacy/erase']);
  });
});
