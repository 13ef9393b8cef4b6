import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import type { z } from 'zod';
import { projectRoot } from '../project.js';
import { mappingProblems } from './mapping/check.js';
import { compileKind, type RowMapper } from './mapping/compile.js';
import type { LookupTable } from './mapping/field-value.js';
import { sourceMapping, type SourceMapping } from './mapping/schema.js';
import { recordKinds, type RecordKind } from './records.js';

/**
 * A source system: its mapping file (format in sources/README.md), checked and compiled, so every
 * row of its files is mapped without looking at the YAML again.
 */
export interface Source extends SourceMapping {
  /** The mapping file, as a user would name it in an error. */
  file: string;
  mappers: Partial<Record<RecordKind, RowMapper>>;
}

/** What the ingestion pipeline needs of a source, whatever mapped its records. */
export type SourceSettings = Pick<SourceMapping, 'source' | 'defaultRegion' | 'trust'>;

/** A mapping file that cannot be used: every problem, with its key and what to change. */
export class MappingError extends Error {}

/** Every mapping file of a folder (sources/ of the repository by default), added to `sources`; a source mapped twice is refused. */
export function loadSources(dir = join(projectRoot, 'sources'), sources = new Map<string, Source>()): Map<string, Source> {
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    const source = loadMapping(join(dir, file));
    const twin = sources.get(source.source);
    if (twin) throw new MappingError(`${source.file}: source "${source.source}" is already mapped by ${twin.file}`);
    sources.set(source.source, source);
  }
  return sources;
}

/** The repository's sources/ and, when given, a folder of mappings kept elsewhere (SOURCE_MAPPINGS_DIR). */
export function registeredSources(elsewhere?: string): Map<string, Source> {
  const sources = loadSources();
  return elsewhere ? loadSources(elsewhere, sources) : sources;
}

/** One mapping file, from anywhere. */
export function loadMapping(path: string): Source {
  const file = displayName(path);
  let yaml: unknown;
  try {
    yaml = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new MappingError(`${file}: ${(error as Error).message}`);
  }
  const parsed = sourceMapping.safeParse(yaml);
  if (!parsed.success) {
    throw new MappingError(
      `${file}:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`).join('\n')}`,
    );
  }
  return compileSource(parsed.data, file, dirname(path));
}

/** A mapping written in code (tests, tools), checked and compiled like a file. */
export function sourceOf(mapping: z.input<typeof sourceMapping>, file = `${mapping.source} (inline mapping)`): Source {
  return compileSource(sourceMapping.parse(mapping), file);
}

/** Checks and compiles a parsed mapping; lookup files are read relative to `dir`. */
export function compileSource(mapping: SourceMapping, file: string, dir = projectRoot): Source {
  const problems = mappingProblems(mapping);
  const lookups = new Map<string, LookupTable>();
  for (const [name, table] of Object.entries(mapping.lookups)) {
    try {
      lookups.set(name, readLookup(table, dir));
    } catch (error) {
      problems.push(`lookups.${name}: ${(error as Error).message}`);
    }
  }
  if (problems.length) throw new MappingError(`${file}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  const mappers: Source['mappers'] = {};
  for (const kind of Object.keys(mapping.kinds) as RecordKind[]) {
    mappers[kind] = compileKind(kind, mapping.kinds[kind]!, mapping.defaultRegion, mapping, lookups);
  }
  return { ...mapping, file, mappers };
}

function readLookup(table: SourceMapping['lookups'][string], dir: string): LookupTable {
  if (!isFileTable(table)) return { entries: new Map(Object.entries(table).map(([key, value]) => [key.trim(), value])), ignoreCase: false };
  const { file, key, value, ignoreCase } = table;
  const rows = parseCsv(readFileSync(resolve(dir, file)), { columns: true, bom: true, trim: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const missing = [key, value].filter((column) => rows.length && !(column in rows[0]!));
  if (missing.length) throw new Error(`${file} has no column ${missing.map((column) => `"${column}"`).join(' or ')}`);
  return { entries: new Map(rows.map((row) => [ignoreCase ? row[key]!.toLowerCase() : row[key]!, row[value]!])), ignoreCase };
}

const isFileTable = (table: SourceMapping['lookups'][string]): table is { file: string; key: string; value: string; ignoreCase: boolean } =>
  typeof table.file === 'string' && typeof table.key === 'string' && typeof table.value === 'string';

const displayName = (path: string) => {
  const inProject = relative(projectRoot, resolve(path));
  return inProject.startsWith('..') ? resolve(path) : inProject;
};

/** `crm.customer.csv` → source crm, kind customer, format csv. */
export function describeFile(file: string): { source: string; kind: RecordKind; format: 'csv' | 'ndjson' } | undefined {
  const match = /^([^.]+)\.([A-Za-z]+)\.(csv|ndjson|jsonl)$/.exec(basename(file));
  if (!match || !recordKinds.includes(match[2] as RecordKind)) return undefined;
  return { source: match[1]!, kind: match[2] as RecordKind, format: match[3] === 'csv' ? 'csv' : 'ndjson' };
}
