import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvGraph } from '../../src/ingestion/bulk/csv-files.js';

/**
 * The importer reads a file line by line (and slowly) only when it is told the file holds values
 * that span lines, and refuses a file that does without being told; so the CSV files say which
 * of them do (src/embedded-neo4j/offline-import.ts passes only those as multiline).
 */
describe('the CSV files of a bulk load', () => {
  it('mark a file multiline exactly when a value in it spans lines', () => {
    const csv = new CsvGraph(mkdtempSync(join(tmpdir(), 'bulk-csv-')));
    csv.node('Touchpoint', 'Touchpoint', 'id', 'web|1', { comment: 'string' }, { comment: 'first line\nsecond line' });
    csv.node('Touchpoint', 'Touchpoint', 'id', 'web|2', { comment: 'string' }, { comment: 'one line' });
    csv.node('Consent', 'Consent', 'id', 'email|1', { purpose: 'string' }, { purpose: 'newsletter' });
    csv.relationship('NEXT', ['Touchpoint', 'web|1'], ['Touchpoint', 'web|2']);
    const { nodes, relationships, rows } = csv.close();

    expect(rows).toBe(4);
    expect(nodes.map(({ name, multiline }) => [name, multiline])).toEqual([
      ['Touchpoint', true],
      ['Consent', false],
    ]);
    expect(relationships.map(({ multiline }) => multiline)).toEqual([false]);
    expect(readFileSync(nodes[0]!.file, 'utf8')).toBe(
      'id:ID(Touchpoint),comment:string\n"web|1","first line\nsecond line"\n"web|2","one line"\n',
    );
  });
});
