import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';

/**
 * A small importer-side reading of a source file, straight from sources/README.md and written
 * independently of the generator (which applies the mapping the other way round): columns rename
 * and select fields, lineColumns turn consecutive CSV rows of one order into its lines, constants
 * are added, and empty cells and empty strings count as absent.
 */
export interface KindMapping {
  columns?: Record<string, string>;
  lineColumns?: Record<string, string>;
  constants?: Record<string, unknown>;
}

export interface Mapping {
  source: string;
  defaultRegion: string;
  trust: number;
  kinds: Record<string, KindMapping | null>;
}

export type Read = { malformed: false; fields: Record<string, unknown>; raw: unknown } | { malformed: true; raw: string };

export function readMapping(path: string): Mapping {
  return parseYaml(readFileSync(path, 'utf8')) as Mapping;
}

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

function select(row: Record<string, unknown>, columns: Record<string, string> | undefined): Record<string, unknown> {
  const pairs = columns ? Object.entries(columns).map(([column, field]) => [field, row[column]] as const) : Object.entries(row);
  return Object.fromEntries(pairs.filter(([, value]) => present(value)));
}

function record(mapping: Mapping, kind: string, fields: Record<string, unknown>): Record<string, unknown> {
  return { ...fields, ...mapping.kinds[kind]?.constants, kind, source: mapping.source };
}

function readNdjson(mapping: Mapping, kind: string, text: string): Read[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line): Read => {
      let raw: Record<string, unknown>;
      try {
        raw = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return { malformed: true, raw: line };
      }
      return { malformed: false, raw, fields: record(mapping, kind, select(raw, mapping.kinds[kind]?.columns)) };
    });
}

function readCsv(mapping: Mapping, kind: string, text: string): Read[] {
  const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
  const kindMapping = mapping.kinds[kind] ?? {};
  if (!kindMapping.lineColumns)
    return rows.map((row) => ({ malformed: false, raw: row, fields: record(mapping, kind, select(row, kindMapping.columns)) }));
  const idColumn = Object.entries(kindMapping.columns ?? {}).find(([, field]) => field === 'sourceId')![0];
  const orders: Record<string, string>[][] = [];
  for (const row of rows) {
    const last = orders.at(-1);
    if (last && last[0]![idColumn] === row[idColumn]) last.push(row);
    else orders.push([row]);
  }
  return orders.map((order) => ({
    malformed: false,
    raw: order,
    fields: record(mapping, kind, {
      ...select(order[0]!, kindMapping.columns),
      lines: order.map((row) => select(row, kindMapping.lineColumns)),
    }),
  }));
}

export function readSourceFile(mapping: Mapping, kind: string, format: 'csv' | 'ndjson', text: string): Read[] {
  return format === 'csv' ? readCsv(mapping, kind, text) : readNdjson(mapping, kind, text);
}
