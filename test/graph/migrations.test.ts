import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cypher, CypherFileError, CypherLibrary } from '../../src/graph/cypher-library.js';
import { applyMigrations, MigrationError, migrationsOf, pendingMigrations } from '../../src/graph/migrations.js';
import { projectRoot } from '../../src/project.js';
import { emptyGraph, testGraph } from '../support/graph.js';

const fixtures = join(projectRoot, 'test', 'fixtures', 'cypher');
const probe = CypherLibrary.load(fixtures);
const constraints = cypher.get('schema/constraints');
const indexes = cypher.get('schema/indexes');

describe('migrations', () => {
  const graph = testGraph();
  const schema = async () => ({ constraints: await graph.read(constraints), indexes: await graph.read(indexes) });

  beforeEach(async () => {
    // Known state: no ledger, no probe schema.
    await emptyGraph(graph);
    for (const drop of probe.under('cleanup')) await graph.write(drop);
  });
  afterAll(() => graph.close());

  it('applies the project schema, and a second run changes nothing', async () => {
    const migrations = migrationsOf(cypher);
    await applyMigrations(graph, migrations);
    const first = await schema();
    expect(first.constraints.map((c) => c.name)).toEqual(
      expect.arrayContaining(['customer_id', 'identity_type_value', 'source_record_key', 'schema_migration_name']),
    );
    // A source record's key grew its kind (migration 0010): the old key is gone.
    expect(first.constraints.map((c) => c.name)).not.toContain('source_record_source_id');
    expect(await applyMigrations(graph, migrations)).toEqual([]);
    expect(await schema()).toEqual(first);
    expect(await pendingMigrations(graph, migrations)).toEqual([]);
  });

  it('creates what a new migration declares, records it once, and is idempotent', async () => {
    const migrations = migrationsOf(probe);
    const before = await schema();
    expect(before.constraints.map((c) => c.name)).not.toContain('migration_probe_id');

    expect(await applyMigrations(graph, migrations)).toEqual(['migrations/0001-probe']);
    const after = await schema();
    expect(after.constraints).toContainEqual({
      name: 'migration_probe_id',
      type: 'UNIQUENESS',
      entityType: 'NODE',
      labelsOrTypes: ['MigrationProbe'],
      properties: ['id'],
    });
    expect(after.indexes.map((i) => i.name)).toContain('migration_probe_name');

    expect(await applyMigrations(graph, migrations)).toEqual([]);
    expect(await schema()).toEqual(after);
    const ledger = await graph.read(cypher.get('migration-ledger/applied'));
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ name: 'migrations/0001-probe', checksum: migrations[0]!.checksum });
    expect(ledger[0]!.appliedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('refuses to run when an applied migration was changed', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'migrations-'));
    cpSync(fixtures, copy, { recursive: true });
    await applyMigrations(graph, migrationsOf(CypherLibrary.load(copy)));

    appendFileSync(
      join(copy, 'migrations', '0001-probe.cypher'),
      ';\nCREATE INDEX migration_probe_extra IF NOT EXISTS FOR (p:MigrationProbe) ON (p.extra)\n',
    );
    const changed = migrationsOf(CypherLibrary.load(copy));
    await expect(applyMigrations(graph, changed)).rejects.toThrow(MigrationError);
    await expect(applyMigrations(graph, changed)).rejects.toThrow(/Migration migrations\/0001-probe was changed after it was applied/);
    expect(await pendingMigrations(graph, changed)).toEqual(['migrations/0001-probe changed after it was applied']);
    expect((await schema()).indexes.map((i) => i.name)).not.toContain('migration_probe_extra');
  });

  it('refuses a migration statement that could not run twice', () => {
    const copy = mkdtempSync(join(tmpdir(), 'migrations-'));
    cpSync(fixtures, copy, { recursive: true });
    appendFileSync(join(copy, 'migrations', '0001-probe.cypher'), ';\nCREATE INDEX probe_no_guard FOR (p:MigrationProbe) ON (p.x)\n');
    expect(() => migrationsOf(CypherLibrary.load(copy))).toThrow(CypherFileError);
    expect(() => migrationsOf(CypherLibrary.load(copy))).toThrow(/statement 3 must be idempotent/);
  });
});
