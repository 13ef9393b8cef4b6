import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { cypher, CypherFileError, type CypherLibrary, type Statement } from './cypher-library.js';
import type { Graph } from './graph.js';

/**
 * Constraints and indexes live in cypher/migrations/NNNN-what.cypher, applied in file-name order.
 * Each applied migration is recorded in the graph as a (:SchemaMigration {name, checksum,
 * appliedAt}); an applied migration whose file changed since is an error, because the graph no
 * longer matches its code: add a new migration instead.
 */
export interface Migration {
  name: string;
  checksum: string;
  statements: Statement[];
}

export class MigrationError extends Error {}

const ledger = {
  requireUniqueName: cypher.get('migration-ledger/require-unique-name'),
  applied: cypher.get('migration-ledger/applied'),
  record: cypher.get('migration-ledger/record'),
};

/** Every schema statement must be safe to run twice, since a migration cut off half-way runs again. */
const idempotent =
  /^(CREATE\s+(CONSTRAINT|INDEX|(RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\s+INDEX)\b[\s\S]*\bIF\s+NOT\s+EXISTS\b|DROP\s+(CONSTRAINT|INDEX)\b[\s\S]*\bIF\s+EXISTS\b)/i;

export function migrationsOf(library: CypherLibrary): Migration[] {
  return library.under('migrations').map((file) => {
    if (file.mode !== 'schema') throw new CypherFileError(`${file.file}: a migration must have mode schema`);
    const parts = file.text
      .split(/;\s*(?:\n|$)/)
      .map((part) => part.trim())
      .filter(Boolean);
    const statements = parts.map((text, index) => {
      if (!idempotent.test(text)) {
        throw new CypherFileError(
          `${file.file}: statement ${index + 1} must be idempotent: IF NOT EXISTS when it creates, IF EXISTS when it drops`,
        );
      }
      return { ...file, name: `${file.name}#${index + 1}`, text };
    });
    const checksum = createHash('sha256').update(parts.join(';\n')).digest('hex');
    return { name: file.name, checksum, statements };
  });
}

interface Applied {
  name: string;
  checksum: string;
}

async function appliedMigrations(graph: Graph): Promise<Map<string, Applied>> {
  const rows = (await graph.read(ledger.applied)) as unknown as Applied[];
  return new Map(rows.map((row) => [row.name, row]));
}

function checkUnchanged(migration: Migration, applied: Applied | undefined): void {
  if (applied && applied.checksum !== migration.checksum) {
    throw new MigrationError(
      `Migration ${migration.name} was changed after it was applied (applied checksum ${applied.checksum.slice(0, 12)}, ` +
        `file now ${migration.checksum.slice(0, 12)}). Applied migrations are never edited: restore the file and add a new migration.`,
    );
  }
}

/** Applies what has not run yet; returns the names it applied. Safe to call at every start. */
export async function applyMigrations(graph: Graph, migrations: Migration[], log?: Logger): Promise<string[]> {
  await graph.write(ledger.requireUniqueName);
  const applied = await appliedMigrations(graph);
  for (const migration of migrations) checkUnchanged(migration, applied.get(migration.name));
  const known = new Set(migrations.map((m) => m.name));
  for (const name of applied.keys()) {
    if (!known.has(name)) log?.warn({ migration: name }, 'the graph has a migration this version does not know (a newer version ran?)');
  }

  const pending = migrations.filter((m) => !applied.has(m.name));
  const undone = undoneLater(pending.flatMap((migration) => migration.statements));
  await applySchema(
    graph,
    pending.flatMap((migration) => migration.statements).filter((statement) => !undone.has(statement)),
  );
  // Schema statements cannot share a transaction with data writes, so the ledger comes after.
  for (const migration of pending) {
    await graph.write(ledger.record, { name: migration.name, checksum: migration.checksum });
    log?.info({ migration: migration.name }, 'migration applied');
  }
  return pending.map((migration) => migration.name);
}

/**
 * On a graph loaded before its schema (a bulk load) filling the schema is most of the time. Drops
 * first (a name dropped and created again ends created), then the plain and full-text indexes in
 * one transaction: Neo4j fills them together in one scan, in the background after the commit.
 * Then the uniqueness constraints, in one transaction, fill one after another (each checks its
 * label) while that scan runs, so both cores work. Constraints in transactions of their own, a few
 * at once, filled faster still, but concurrent schema transactions deadlock in Neo4j 5.26, and a
 * constraint whose transaction lost the deadlock left its index behind (the retry then failed on
 * the name); the index transaction commits before the constraints start for the same reason.
 */
async function applySchema(graph: Graph, statements: Statement[]): Promise<void> {
  const drops = statements.filter((statement) => /^DROP\b/i.test(statement.text));
  const constraints = statements.filter((statement) => /^CREATE\s+CONSTRAINT\b/i.test(statement.text));
  const indexes = statements.filter((statement) => !drops.includes(statement) && !constraints.includes(statement));
  for (const list of [drops, indexes, constraints])
    if (list.length)
      await graph.transaction('write', async (tx) => {
        for (const statement of list) await tx.run(statement);
      });
}

/**
 * Statements that build a constraint or index a later statement drops: skipped, so the schema
 * ends the same, and a graph loaded before its migrations ran (a bulk load) is never refused a
 * constraint on data the later schema allows (SourceRecord's key before it held the kind).
 */
function undoneLater(statements: Statement[]): Set<Statement> {
  const nameOf = (text: string, verb: 'CREATE' | 'DROP') =>
    new RegExp(
      `^${verb}\\s+(?:CONSTRAINT|(?:(?:RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\\s+)?INDEX)\\s+\`?([A-Za-z0-9_]+)\`?\\s`,
      'i',
    ).exec(text)?.[1];
  const undone = new Set<Statement>();
  statements.forEach((statement, index) => {
    const name = nameOf(statement.text, 'CREATE');
    if (name && statements.slice(index + 1).some((later) => nameOf(later.text, 'DROP') === name)) undone.add(statement);
  });
  return undone;
}

/** What stands between this graph and the schema this code expects; empty when all is applied. */
export async function pendingMigrations(graph: Graph, migrations: Migration[]): Promise<string[]> {
  const applied = await appliedMigrations(graph);
  return migrations.flatMap((migration) => {
    const record = applied.get(migration.name);
    if (!record) return [`${migration.name} is not applied`];
    return record.checksum === migration.checksum ? [] : [`${migration.name} changed after it was applied`];
  });
}
