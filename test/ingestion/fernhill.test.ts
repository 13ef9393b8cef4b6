import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** The import command on the fixture's exports, with the fixture's mappings (or others in their place). */
function importFernhill(options: string[] = [], mappingsDir = join(fixture, 'mappings')) {
  const mappings = readdirSync(mappingsDir)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => ['--mapping', join(mappingsDir, name)]);
  const perFile = files.flatMap(([source, kind, file]) => ['--source', source, '--kind', kind, join(fixture, 'exports', file)]);
  return spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/ingestion/import-cli.ts',
      '--no-match',
      '--rejects',
      rejectsFile,
      '--warnings',
      warningsFile,
      ...options,
      ...mappings,
      ...perFile,
    ],
    {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: testNeo4j().uri, NEO4J_USER: testNeo4j().user, NEO4J_PASSWORD: testNeo4j().password },
      encoding: 'utf8',
    },
  );
}

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
const withoutNulls = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, inner]) => inner !== null));

async function storedRecords() {
  const graph = testGraph();
  try {
    return await graph.read(cypher.get('test-support/stored-records'), { sources });
  } finally {
    await graph.close();
  }
}

describe("importing another company's exports through their own mappings", () => {
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
    expect(run.stdout).toContain(
      `new customers ${truth.people.length}, merges ${s.merges}, links refused by the identity rules ${s.refusedLinks}`,
    );
    expect(run.stdout).toContain(
      `values dropped ${s.droppedValues}, value map misses ${s.valueMapMisses}, rows skipped by the mapping ${s.skipped}`,
    );
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
    for (const row of stored.filter((record) => record.kind !== 'product'))
      people.set(row.customerId as string, [...(people.get(row.customerId as string) ?? []), `${row.source}|${row.kind}|${row.sourceId}`]);
    const groups = (list: string[][]) => list.map((group) => [...group].sort().join(' ')).sort();
    expect(groups([...people.values()])).toEqual(groups(truth.people));
  });

  it('writes every reject with its file, line and reasons, and every dropped value and refused link with its field', () => {
    const rejects = lines(rejectsFile).map(({ file, line, sourceId, reasons }) => ({ file: basename(file), line, sourceId, reasons }));
    expect(rejects).toEqual(truth.rejects);
    const warnings = lines(warningsFile).map(({ file, line, sourceId, field, value, reason }) => ({
      file: basename(file),
      line,
      sourceId,
      field,
      value,
      reason,
    }));
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

describe("the fixture's mappings, changed the way a user gets them wrong", () => {
  /** The fixture's mappings in a folder of their own, with one file's text changed. */
  function mappingsWith(file: string, change: (yaml: string) => string): string {
    const copy = mkdtempSync(join(tmpdir(), 'fernhill-mappings-'));
    cpSync(join(fixture, 'mappings'), copy, { recursive: true });
    writeFileSync(join(copy, file), change(readFileSync(join(copy, file), 'utf8')));
    return copy;
  }

  beforeAll(async () => {
    const graph = testGraph();
    await resetGraph(graph);
    await graph.close();
  });

  it('stops before anything is written when a mapped column is missing from a file, naming the file, the column and the key', async () => {
    const dir = mappingsWith('crm.yaml', (yaml) => yaml.replace('      mail: email', '      e-mail: email'));
    const run = importFernhill([], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Nothing was imported: the mappings read columns these files lack.');
    expect(run.stderr).toContain(
      `contacts.csv: no column "e-mail", which ${join(dir, 'crm.yaml')} reads at kinds.customer.columns.e-mail; rename it there, or mark the field optional: true`,
    );
    expect(await storedRecords()).toEqual([]);
  });

  it('imports when the missing column is marked optional', async () => {
    const dir = mappingsWith('social.yaml', (yaml) =>
      yaml.replace('      skus: mentions', '      skus: mentions\n      topics: { column: hashtags, optional: true }'),
    );
    const run = importFernhill([], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`accepted ${truth.summary.accepted}, `);
  });

  it('refuses a mapping file naming a field our records do not have, and writes nothing', async () => {
    const graph = testGraph();
    await resetGraph(graph);
    await graph.close();
    const dir = mappingsWith('web.yaml', (yaml) => yaml.replace('      searchTerm: q', '      searchTerms: q'));
    const run = importFernhill([], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(dir, 'web.yaml')}:\n  kinds.touchpoint.fields.searchTerms: touchpoint records have no field "searchTerms" (did you mean "searchTerm"?`,
    );
    expect(await storedRecords()).toEqual([]);
  });
});

describe('the preview', () => {
  it('shows rows beside their records, rejects, dropped values, skipped rows, field figures and value-map misses, writing nothing', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/ingestion/import-cli.ts',
        '--preview',
        '--rows',
        '2',
        '--mapping',
        join(fixture, 'mappings', 'crm.yaml'),
        '--kind',
        'customer',
        join(fixture, 'exports', 'contacts.csv'),
      ],
      {
        cwd: projectRoot,
        // No database is needed, or reached: a wrong address would fail an import at once.
        env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused' },
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatchInlineSnapshot(`
      "== contacts.csv: fh-crm customer records, 8 rows ==
      line 2
        row:    {"contact_ref":"CT-0001","first":"Camille","last":"DURAND","dob":"14/03/1990","mail":"Camille.Durand@Exemple.fr","tel":"06 12 34 56 78","insta":"@camille_trail","addr_no":"12","addr_street":"rue des Lilas","zip":"75011","town":"Paris","country_name":"France","stage":"Client","modified":"2026-02-10 09:30","is_test":"N"}
        record: {"sourceId":"CT-0001","updatedAt":"2026-02-10T08:30:00.000Z","email":"camille.durand@exemple.fr","phone":"+33612345678","crmId":"CT-0001","socialHandle":"instagram:camille_trail","givenName":"Camille","familyName":"Durand","birthDate":"1990-03-14","street":"12 rue des Lilas","city":"Paris","postcode":"75011","country":"FR","lifecycleStage":"customer"}
      line 3
        row:    {"contact_ref":"CT-0002","first":"lucas","last":"martin","dob":"02/11/1985","mail":"LUCAS.MARTIN@exemple.fr","tel":"+32 470 12 34 56","insta":"","addr_no":"54","addr_street":"Avenue Louise","zip":"1050","town":"Bruxelles","country_name":"Belgium","stage":"Prospect","modified":"2026-02-11 18:00","is_test":"N"}
        record: {"sourceId":"CT-0002","updatedAt":"2026-02-11T17:00:00.000Z","email":"lucas.martin@exemple.fr","phone":"+32470123456","crmId":"CT-0002","givenName":"Lucas","familyName":"Martin","birthDate":"1985-11-02","street":"54 Avenue Louise","city":"Bruxelles","postcode":"1050","country":"BE","lifecycleStage":"prospect"}
      rejects: 1
        line 6: email: is not a valid email address
      dropped values: 2
        line 4: birthDate "31/02/1992": is not a date in the format dd/MM/yyyy; value dropped
        line 7: lifecycleStage "VIP": "VIP" is not one of lead, prospect, customer, lapsed; value dropped
      skipped rows: 1
        test account: 1
      fields (filled / empty / dropped):
        sourceId: 6 / 0 / 0
        updatedAt: 6 / 0 / 0
        email: 6 / 0 / 0
        phone: 3 / 3 / 0
        crmId: 6 / 0 / 0
        socialHandle: 1 / 5 / 0
        givenName: 6 / 0 / 0
        familyName: 6 / 0 / 0
        birthDate: 5 / 0 / 1
        street: 6 / 0 / 0
        city: 6 / 0 / 0
        postcode: 6 / 0 / 0
        country: 6 / 0 / 0
        lifecycleStage: 5 / 0 / 1
      value map misses: 1
        lifecycleStage: "VIP" × 1

      Nothing was written. References to products and customers, and the identity rules, are checked on import.
      "
    `);
  });
});
