import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../project.js';
import { recordKinds, type RecordKind } from './records.js';

/** The source mapping files of sources/*.yaml (format in sources/README.md). */
const kindMapping = z.object({
  columns: z.record(z.string(), z.string()).optional(),
  lineColumns: z.record(z.string(), z.string()).optional(),
  joined: z.record(z.string(), z.array(z.string()).min(2)).optional(),
  constants: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

const sourceSchema = z.object({
  source: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'expected a lower-case name'),
  defaultRegion: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 region'),
  trust: z.number().int().min(1).max(5),
  kinds: z.partialRecord(z.enum(recordKinds as [RecordKind, ...RecordKind[]]), kindMapping).default({}),
});

export type Source = z.infer<typeof sourceSchema>;
export type KindMapping = z.infer<typeof kindMapping>;

export function loadSources(dir = join(projectRoot, 'sources')): Map<string, Source> {
  const sources = new Map<string, Source>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort()) {
    const parsed = sourceSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) {
      throw new Error(`sources/${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    }
    sources.set(parsed.data.source, parsed.data);
  }
  return sources;
}

/** `crm.customer.csv` → source crm, kind customer, format csv. */
export function describeFile(file: string): { source: string; kind: RecordKind; format: 'csv' | 'ndjson' } | undefined {
  const match = /^([^.]+)\.([A-Za-z]+)\.(csv|ndjson|jsonl)$/.exec(basename(file));
  if (!match || !recordKinds.includes(match[2] as RecordKind)) return undefined;
  return { source: match[1]!, kind: match[2] as RecordKind, format: match[3] === 'csv' ? 'csv' : 'ndjson' };
}

/**
 * One row of a file as a record in the schema's field names: mapped columns, constants, the
 * source and kind; empty values dropped, since an empty cell means "not given".
 */
export function mapRow(row: Record<string, unknown>, source: Source, kind: RecordKind): Record<string, unknown> {
  const mapping = source.kinds[kind] ?? {};
  const fields = mapping.columns ? rename(row, mapping.columns) : withoutEmpty(row);
  const record: Record<string, unknown> = { ...fields, ...joined(row, mapping.joined ?? {}), ...mapping.constants, kind, source: source.source };
  if (mapping.lineColumns) record.lines = [rename(row, mapping.lineColumns)];
  return record;
}

/** Fields made of several columns, e.g. street from number and street name, joined by a space. */
function joined(row: Record<string, unknown>, fields: Record<string, string[]>): Record<string, unknown> {
  return withoutEmpty(Object.fromEntries(Object.entries(fields).map(([field, columns]) => [
    field,
    columns.map((column) => String(row[column] ?? '').trim()).filter(Boolean).join(' '),
  ])));
}

function rename(row: Record<string, unknown>, columns: Record<string, string>): Record<string, unknown> {
  return withoutEmpty(Object.fromEntries(Object.entries(columns).map(([column, field]) => [field, row[column]])));
}

function withoutEmpty(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined && value !== null && value !== ''));
}
