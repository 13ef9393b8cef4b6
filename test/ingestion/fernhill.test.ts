import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { projectRoot } from '../../src/project.js';
import { resetGraph, testGraph, testNeo4j } from '../support/graph.js';

/**
 * Eight exports of an invented company (test/fixtures/fernhill), loaded with the real import
 * command and their own mapping files, against a truth file written by hand.
 */
const fixture = join(projectRoot, 'test', 'fixtures', 'fernhill');
const truth = JSON.parse(readFileSync(join(fixture, 'truth.json'), 'utf8'));
const files: [source: string, kind: string, file: string][] = [
  ['fh-shop', 'customer', 'accounts.csv'],
  ['fh-shop', 'product', 'catalogue.csv'],
  ['fh-shop', 'order', 'orders.ndjson'],
  ['fh-crm', 'customer', 'contacts.csv'],
  ['fh-web', 'touchpoint', 'web-hits.csv'],
  ['fh-email', 'touchpoint', 'email-events.csv'],
  ['fh-social', 'socialSignal', 'mentions.ndjson'],
  ['fh-prefs', 'consent', 'consent-log.csv'],
];
const sources = [...new Set(files.map(([source]) => source))];

const dir = mkdtempSync(join(tmpdir(), 'fernhill-'));
const [rejectsFile, warningsFile] = [join(dir, 'rejects.ndjson'), join(dir, 'warnings.ndjson')];

function importFernhill() {
  const mappings = readdirSync(join(fixture, 'mappings')).filter((name) => name.endsWith('.yaml')).flatMap((name) => ['--mapping', join(fixture, 'mappings', name)]);
  const perFile = files.flatMap(([source, kind, file]) => ['--source', source, '--kind', kind, join(fixture, 'exports', file)]);
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/ingestion/import-cli.ts', '--no-match', '--rejects', rejectsFile, '--warnings', warningsFile, ...mappings, ...perFile], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: testNeo4j().uri, NEO4J_USER: testNeo4j().user, NEO4J_PASSWORD: testNeo4j().password },
    encoding: 'utf8',
  });
}

const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
const withoutNulls = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value ?? {}).filter(([, inner]) => inner !== null));

async function storedRecords() {
  const graph = testGraph();
  try {
    return await graph.read(cypher.get('test-support/stored-records'), { sources });
  } finally {
    await graph.close();
  }
}

describe('importing another company\'s exports through their own mappings', () => {
  let run: ReturnType<typeof importFernhill>;

  beforeAll(async () => {
    const graph = testGraph();
    await resetGraph(graph);
    await graph.close();
    run = importFernhill();
  });

  it('prints a summary that counts every record, skipped row, dropped value, value-map miss and refused link', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const s = truth.summary;
    expect(run.stdout).toContain(`accepted ${s.accepted}, updated ${s.updated}, unchanged ${s.unchanged}, rejected ${s.rejected}`);
    expect(run.stdout).toContain(`merges ${s.merges}, links refused by the identity rules ${s.refusedLinks}`);
    expect(run.stdout).toContain(`values dropped ${s.droppedValues}, value map misses ${s.valueMapMisses}, rows skipped by the mapping ${s.skipped}`);
  });

  it('stores every record with the values the truth file says', async () => {
    const stored = await storedRecords();
    const byKey = new Map(stored.map((row) => [`${row.source}|${row.kind}|${row.sourceId}`, row]));
    expect([...byKey.keys()].sort()).toEqual(Object.keys(truth.records).sort());
    for (const [key, expected] of Object.entries(truth.records) as [string, Record<string, unknown>][]) {
      const row = byKey.get(key)!;
      const kind = key.split('|')[1];
      expect(withoutNulls(row.profile as Record<string, unknown>), `${key} profile`).toEqual(kind === 'customer' ? expected.profile : {});
      expect((row.identities as string[]).sort(), `${key} identities`).toEqual(((expected.identities as string[]) ?? []).sort());
      if (kind !== 'customer') expect(withoutNulls(row.fact as Record<string, unknown>), `${key} fact`).toEqual(expected.fact);
      expect(row.lines, `${key} lines`).toEqual(expect.arrayContaining((expected.lines as unknown[]) ?? []));
      expect((row.lines as unknown[]).length, `${key} lines`).toBe(((expected.lines as unknown[]) ?? []).length);
      expect(row.categories, `${key} categories`).toEqual(expected.categories ?? []);
      expect(row.products, `${key} products`).toEqual(kind === 'product' ? [] : (expected.products ?? []));
    }
  });

  it('makes one customer of each person and keeps the rest apart, the family sharing an email included', async () => {
    const stored = await storedRecords();
    const people = new Map<string, string[]>();
    for (const row of stored.filter((record) => record.kind !== 'product')) people.set(row.customerId as string, [...(people.get(row.customerId as string) ?? []), `${row.source}|${row.kind}|${row.sourceId}`]);
    const groups = (list: string[][]) => list.map((group) => [...group].sort().join(' ')).sort();
    expect(groups([...people.values()])).toEqual(groups(truth.people));
  });

  it('writes every reject with its file, line and reasons, and every dropped value and refused link with its field', () => {
    const rejects = lines(rejectsFile).map(({ file, line, sourceId, reasons }) => ({ file: basename(file), line, sourceId, reasons }));
    expect(rejects).toEqual(truth.rejects);
    const warnings = lines(warningsFile).map(({ file, line, sourceId, field, value, reason }) => ({ file: basename(file), line, sourceId, field, value, reason }));
    expect(warnings).toEqual(truth.warnings);
  });

  it('changes nothing when the same exports are imported again', async () => {
    const before = await storedRecords();
    const again = importFernhill();
    const s = truth.summary;
    expect(again.stdout).toContain(`accepted 0, updated 0, unchanged ${s.accepted}, rejected ${s.rejected}`);
    expect(await storedRecords()).toEqual(before);
  });
});
