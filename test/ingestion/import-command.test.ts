import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generator/generate.js';
import { sourceFilesIn } from '../../src/ingestion/import-files.js';
import { projectRoot } from '../../src/project.js';
import { resetGraph, testGraph, testNeo4j } from '../support/graph.js';

/** Defects the product accepts on purpose: a placeholder phone is dropped, a bad birth date is a dropped descriptive value. */
const accepted = (truth: { kind: string; defect: string | null }) =>
  truth.defect === 'placeholder-phone' || (truth.defect === 'invalid-date' && truth.kind === 'customer');

describe('the import command on generated multi-source data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-command-'));
  const rejectsFile = join(dir, 'rejects.ndjson');
  const truth = () =>
    readFileSync(join(dir, 'truth.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { source: string; kind: string; sourceId: string; defect: string | null });
  const importAll = () =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/ingestion/import-cli.ts', '--no-match', '--rejects', rejectsFile, ...sourceFilesIn(dir)],
      {
        cwd: projectRoot,
        env: { ...process.env, NEO4J_URI: testNeo4j().uri, NEO4J_USER: testNeo4j().user, NEO4J_PASSWORD: testNeo4j().password },
        encoding: 'utf8',
      },
    );

  beforeAll(async () => {
    generate({ seed: 3, customers: 40, out: dir });
    const graph = testGraph();
    await resetGraph(graph);
    await graph.close();
  });

  it('imports every file, rejects exactly the defective records with file, line and reasons', () => {
    const run = importAll();
    expect(run.status).toBe(0);
    const records = truth();
    const defective = records.filter((record) => record.defect && !accepted(record));
    expect(run.stdout).toContain(`Imported ${records.length} records from ${sourceFilesIn(dir).length} files`);
    expect(run.stdout).toMatch(
      new RegExp(`accepted ${records.length - defective.length}, updated 0, unchanged 0, rejected ${defective.length}`),
    );
    // Each phase's pace is a count of records per second of its own.
    expect(run.stdout).toMatch(/records\/s by phase: read \d+, resolve \d+, write \d+/);
    expect(run.stdout).toContain('transactions tried again 0, timed out and written again in halves 0');

    const rejects = readFileSync(rejectsFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rejects).toHaveLength(defective.length);
    for (const reject of rejects) {
      expect(reject.file).toMatch(/\.(csv|ndjson)$/);
      expect(reject.line).toBeGreaterThan(0);
      expect(reject.reasons.length).toBeGreaterThan(0);
      expect(reject.record).toBeTruthy();
    }
    const rejectedIds = new Set(rejects.filter((reject) => reject.sourceId).map((reject) => `${reject.source}|${reject.sourceId}`));
    for (const record of defective.filter((r) => r.defect !== 'missing-field' && r.defect !== 'malformed-json')) {
      expect(rejectedIds, `${record.source}|${record.sourceId} (${record.defect})`).toContain(`${record.source}|${record.sourceId}`);
    }
  });

  it('changes nothing when the same files are imported again', () => {
    const records = truth();
    const defective = records.filter((record) => record.defect && !accepted(record)).length;
    const run = importAll();
    expect(run.stdout).toMatch(new RegExp(`accepted 0, updated 0, unchanged ${records.length - defective}, rejected ${defective}`));
  });
});
