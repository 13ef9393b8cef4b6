import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFiles, runGenerator } from './generated.js';

const contents = (dir: string) =>
  Object.fromEntries([...dataFiles(dir), 'truth.ndjson', 'manifest.json'].map((file) => [file, readFileSync(join(dir, file), 'utf8')]));

describe('the generator is deterministic', () => {
  it('writes byte-identical files for the same seed and size', () => {
    const first = contents(runGenerator(11, 150).dir);
    const second = contents(runGenerator(11, 150).dir);
    expect(Object.keys(first)).toHaveLength(16);
    expect(second).toEqual(first);
  });

  it('writes other data for another seed', () => {
    const a = contents(runGenerator(11, 150).dir);
    const b = contents(runGenerator(12, 150).dir);
    expect(b['crm.customer.csv']).not.toEqual(a['crm.customer.csv']);
    expect(b['truth.ndjson']).not.toEqual(a['truth.ndjson']);
  });

  it('writes the first people the same whatever the size, since every household has its own seed', () => {
    const small = contents(runGenerator(11, 50).dir)['crm.customer.csv']!.split('\n');
    const large = contents(runGenerator(11, 150).dir)['crm.customer.csv']!.split('\n');
    // The last household of the smaller run may be cut short, so compare the first people only.
    expect(large.slice(0, 20)).toEqual(small.slice(0, 20));
  });
});
