import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { projectRoot } from '../project.js';
import type { StatementName } from './statement-names.generated.js';

export const cypherRoot = join(projectRoot, 'cypher');

/**
 * Every statement the service runs is a .cypher file under cypher/, with a header that names it,
 * says how it runs and lists its parameters:
 *
 *   // name: customers/by-id        (its path under cypher/, without .cypher)
 *   // mode: read                   (read | write | schema | system | fragment)
 *   // param $id: the customer's id (one line per parameter; none for a statement without any)
 *   // Any other comment line describes the statement for analysts.
 *
 * A `fragment` is a vetted piece of a statement that a compiler (the audience filter) assembles
 * with others; it never runs alone. It may have slots, `{{name}}` in its text, declared as
 * `// slot {{name}}: what goes there` or, for a list, `// slot {{name}} joined by AND: ...`, or for
 * clauses that follow each other (none, one or more), `// slot {{name}} one after another: ...`.
 *
 * The header is checked against the body when the library loads, so a typo fails at start-up.
 */
export type Mode = 'read' | 'write' | 'schema' | 'system' | 'fragment';

export interface Slot {
  name: string;
  /** The keyword between the pieces of a list slot (AND, OR); absent for a single piece. */
  joinedBy?: string;
  /** Clauses one after another, one per line (`// slot {{name}} one after another: ...`); none is allowed. */
  sequence?: boolean;
}

export interface Statement {
  name: string;
  mode: Mode;
  params: string[];
  description: string;
  text: string;
  file: string;
  /** Fragments only. */
  slots?: Slot[];
}

export class CypherFileError extends Error {}

const modes: readonly Mode[] = ['read', 'write', 'schema', 'system', 'fragment'];
const parameterUse = /\$([A-Za-z_][A-Za-z0-9_]*)/g;
const slotUse = /\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;
const slotDeclaration = /^slot \{\{([A-Za-z_][A-Za-z0-9_]*)\}\}(?: joined by (AND|OR)| (one after another))?:/;

export function parseStatement(file: string, name: string, source: string): Statement {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const headerLength = lines.findIndex((line) => !line.trim().startsWith('//'));
  const header = lines.slice(0, headerLength < 0 ? lines.length : headerLength).map((line) => line.trim().replace(/^\/\/\s?/, ''));
  const text = lines.slice(header.length).join('\n').trim();
  const fail = (problem: string) => new CypherFileError(`${file}: ${problem}`);

  const field = (key: string) =>
    header
      .find((line) => line.startsWith(`${key}:`))
      ?.slice(key.length + 1)
      .trim();
  const declaredName = field('name');
  if (declaredName !== name)
    throw fail(`header must name the statement '${name}' (found ${declaredName ? `'${declaredName}'` : 'no name'})`);
  const mode = field('mode') as Mode | undefined;
  if (!mode || !modes.includes(mode)) throw fail(`header must give a mode, one of ${modes.join(', ')}`);
  if (!text) throw fail('has no statement after its header');

  const params = header.flatMap((line) => /^param \$([A-Za-z_][A-Za-z0-9_]*):/.exec(line)?.[1] ?? []);
  const used = new Set([...text.matchAll(parameterUse)].map((match) => match[1]!));
  const undeclared = [...used].filter((param) => !params.includes(param));
  const unused = params.filter((param) => !used.has(param));
  if (undeclared.length) throw fail(`uses parameters its header does not declare: ${undeclared.map((p) => `$${p}`).join(', ')}`);
  if (unused.length) throw fail(`declares parameters it never uses: ${unused.map((p) => `$${p}`).join(', ')}`);

  const slots = header.flatMap((line) => {
    const match = slotDeclaration.exec(line);
    return match ? [{ name: match[1]!, ...(match[2] ? { joinedBy: match[2] } : {}), ...(match[3] ? { sequence: true } : {}) }] : [];
  });
  const usedSlots = new Set([...text.matchAll(slotUse)].map((match) => match[1]!));
  if (mode !== 'fragment' && (slots.length || usedSlots.size)) throw fail('only a fragment may have slots');
  const undeclaredSlots = [...usedSlots].filter((slot) => !slots.some((declared) => declared.name === slot));
  const unusedSlots = slots.filter((slot) => !usedSlots.has(slot.name)).map((slot) => slot.name);
  if (undeclaredSlots.length) throw fail(`uses slots its header does not declare: ${undeclaredSlots.map((s) => `{{${s}}}`).join(', ')}`);
  if (unusedSlots.length) throw fail(`declares slots it never uses: ${unusedSlots.map((s) => `{{${s}}}`).join(', ')}`);

  const description = header
    .filter((line) => !/^(name|mode):|^param \$|^slot \{\{|^column \w+:/.test(line))
    .join(' ')
    .trim();
  return { name, mode, params, description, text, file, ...(mode === 'fragment' ? { slots } : {}) };
}

export class CypherLibrary<Name extends string = string> {
  private constructor(private readonly statements: Map<string, Statement>) {}

  static load<Name extends string = string>(root: string): CypherLibrary<Name> {
    const statements = new Map<string, Statement>();
    for (const name of statementNames(root)) {
      const file = join(root, `${name}.cypher`);
      statements.set(name, parseStatement(file, name, readFileSync(file, 'utf8')));
    }
    return new CypherLibrary<Name>(statements);
  }

  get(name: Name): Statement {
    const statement = this.statements.get(name);
    if (!statement) throw new CypherFileError(`No Cypher statement named '${name}': expected a file cypher/${name}.cypher`);
    return statement;
  }

  /** Every statement, in name order. */
  all(): Statement[] {
    return [...this.statements.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The statements under a folder, in file-name order (migrations rely on it). */
  under(folder: string): Statement[] {
    return [...this.statements.values()].filter((s) => s.name.startsWith(`${folder}/`)).sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** The names of a folder tree's statements, in name order, without parsing them. */
export function statementNames(root: string): string[] {
  return cypherFiles(root)
    .map((file) =>
      relative(root, file)
        .split(sep)
        .join('/')
        .replace(/\.cypher$/, ''),
    )
    .sort();
}

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cypherFiles(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

/**
 * The project's statements, read once when the service starts. Modules look theirs up at import
 * time (`const byId = cypher.get('customers/by-id')`), so a missing file stops start-up.
 */
export const cypher = CypherLibrary.load<StatementName>(cypherRoot);
