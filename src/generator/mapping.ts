import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { recordKinds, type RecordKind } from '../ingestion/records.js';
import type { Cell, Draft, DraftLine } from './drafts.js';
import { sourceNames, type SourceName } from './source-files.js';

/**
 * The source mapping files (sources/<source>.yaml, format in sources/README.md), read the other
 * way round: the generator writes each draft's fields under the columns that map to them, so
 * a field without a column is a bug caught when generating, not when importing.
 */
const fieldMap = z.record(z.string(), z.string());
const kindMapping = z.strictObject({
  columns: fieldMap.optional(),
  lineColumns: fieldMap.optional(),
  constants: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
const sourceMapping = z.strictObject({
  source: z.string(),
  defaultRegion: z.string().regex(/^[A-Z]{2}$/),
  trust: z.number().int().min(1).max(5),
  kinds: z.partialRecord(z.enum(recordKinds as [RecordKind, ...RecordKind[]]), kindMapping),
});
export type SourceMapping = z.output<typeof sourceMapping>;

export function loadMappings(dir: string): Record<SourceName, SourceMapping> {
  return Object.fromEntries(
    sourceNames.map((name) => {
      const file = join(dir, `${name}.yaml`);
      const mapping = sourceMapping.parse(parse(readFileSync(file, 'utf8')));
      if (mapping.source !== name) throw new Error(`${file} names source ${mapping.source}, expected ${name}`);
      return [name, mapping];
    }),
  ) as Record<SourceName, SourceMapping>;
}

/** How one kind of one source is written: field name -> the source's column. */
export interface Layout {
  where: string;
  columnOf?: ReadonlyMap<string, string>;
  lineColumnOf?: ReadonlyMap<string, string>;
  /** CSV only: every column, in the mapping's order, then the extra columns. */
  header: string[];
}

const inverse = (map: Record<string, string> | undefined) => map && new Map(Object.entries(map).map(([column, field]) => [field, column]));

export function layoutOf(mapping: SourceMapping, kind: RecordKind, extraColumns: readonly string[]): Layout {
  const where = `sources/${mapping.source}.yaml, kind ${kind}`;
  const kindMap = mapping.kinds[kind];
  if (!kindMap) throw new Error(`${where}: the kind is not mapped`);
  const header = [...Object.keys(kindMap.columns ?? {}), ...Object.keys(kindMap.lineColumns ?? {}), ...extraColumns];
  return { where, columnOf: inverse(kindMap.columns), lineColumnOf: inverse(kindMap.lineColumns), header };
}

function rename(
  fields: Record<string, unknown>,
  columnOf: ReadonlyMap<string, string> | undefined,
  where: string,
): Record<string, unknown> {
  if (!columnOf) return fields;
  return Object.fromEntries(
    Object.entries(fields).map(([field, value]) => {
      const column = columnOf.get(field);
      if (column === undefined) throw new Error(`${where}: no column maps to field ${field}`);
      return [column, value];
    }),
  );
}

/** The draft as one NDJSON object in the source's words (order lines nested, as the shop writes them). */
export function asObject(draft: Draft, layout: Layout): Record<string, unknown> {
  const { lines, ...head } = draft.fields;
  const fields = lines
    ? { ...head, lines: (lines as DraftLine[]).map((line) => rename({ ...line }, layout.lineColumnOf, layout.where)) }
    : head;
  return { ...rename(fields, layout.columnOf, layout.where), ...draft.extras };
}

const cell = (value: unknown): string =>
  Array.isArray(value) ? value.join('|') : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value as Cell);

/** The draft as CSV rows in the source's words: one row, or one per order line. */
export function asRows(draft: Draft, layout: Layout): Record<string, string>[] {
  const { lines, ...fields } = draft.fields;
  const head = Object.fromEntries(
    Object.entries({ ...rename(fields, layout.columnOf, layout.where), ...draft.extras }).map(([column, value]) => [column, cell(value)]),
  );
  if (!lines) return [head];
  return (lines as DraftLine[]).map((line) => ({
    ...head,
    ...Object.fromEntries(Object.entries(rename({ ...line }, layout.lineColumnOf, layout.where)).map(([c, v]) => [c, cell(v)])),
  }));
}
