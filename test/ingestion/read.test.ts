import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile, type SourceRow } from '../../src/ingestion/read.js';
import { sourceOf } from '../../src/ingestion/sources.js';

const pos = sourceOf({
  source: 'pos',
  defaultRegion: 'GB',
  trust: 2,
  kinds: {
    order: {
      columns: { 'Receipt No': 'sourceId', Card: 'loyaltyId' },
      lineColumns: { SKU: 'sku', Qty: 'quantity' },
      constants: { channel: 'STORE' },
    },
  },
});

async function read(csv: string): Promise<SourceRow[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'read-')), 'pos.order.csv');
  writeFileSync(file, csv);
  const rows: SourceRow[] = [];
  for await (const row of readSourceFile(file, 'csv', pos, 'order')) rows.push(row);
  return rows;
}

describe('reading CSV orders one row per line', () => {
  it('groups consecutive rows of one receipt, and a broken row in between does not split it', async () => {
    const rows = await read('Receipt No,Card,SKU,Qty\nR1,L-1,A,1\nR1,L-1,B,2\nR1,L-1,C,3,too,many\nR1,L-1,D,4\nR2,L-2,A,5\n');
    const records = rows.filter((row) => row.fields);
    expect(records.map((row) => [row.fields!.sourceId, (row.fields!.lines as { sku: string }[]).map((line) => line.sku)])).toEqual([
      ['R1', ['A', 'B', 'D']],
      ['R2', ['A']],
    ]);
    expect(records[0]!.fields).toMatchObject({ kind: 'order', source: 'pos', loyaltyId: 'L-1', channel: 'STORE' });
    const broken = rows.filter((row) => row.problem);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ line: 4, problem: expect.stringMatching(/^malformed CSV: /) });
  });

  it('never groups rows without a receipt number', async () => {
    const rows = await read('Receipt No,Card,SKU,Qty\n,L-1,A,1\n,L-1,B,2\n');
    expect(rows.map((row) => (row.fields!.lines as unknown[]).length)).toEqual([1, 1]);
  });
});
