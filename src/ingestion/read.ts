import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import type { ColumnUse, MappedRow, RowMapper } from './mapping/compile.js';
import type { FieldWarning } from './mapping/field-value.js';
import type { RecordKind } from './records.js';
import type { Source } from './sources.js';

/**
 * Reads a source file as a stream of rows mapped to record fields, each with where it came from.
 * A line that cannot be parsed at all still comes out, with its problem, so it reaches the
 * rejects file rather than vanishing; so does a row a skip rule left out, with its reason.
 */
export interface SourceRow {
  file: string;
  line: number;
  original: unknown;
  fields?: Record<string, unknown>;
  problem?: string;
  /** Values the mapping could not use, dropped. */
  warnings?: FieldWarning[];
  /** Values a value map did not know. */
  misses?: MappedRow['misses'];
  /** Why a skip rule left the row out. */
  skipped?: string;
}

export async function* readSourceFile(file: string, format: 'csv' | 'ndjson', source: Source, kind: RecordKind): AsyncGenerator<SourceRow> {
  const mapper = mapperOf(source, kind);
  const rows = mapped(format === 'csv' ? readCsv(file) : readNdjson(file), source, mapper);
  yield* mapper.groupsLines ? groupLines(rows) : rows;
}

export function mapperOf(source: Source, kind: RecordKind): RowMapper {
  const mapper = source.mappers[kind];
  if (!mapper) throw new Error(`${source.file} has no mapping for ${kind} records: add kinds.${kind} to it`);
  return mapper;
}

async function* mapped(rows: AsyncGenerator<SourceRow>, source: Source, mapper: RowMapper): AsyncGenerator<SourceRow> {
  for await (const row of rows)
    yield row.problem ? row : { ...row, ...(await mapRow(row.original as Record<string, unknown>, source, mapper)) };
}

/** One row in the source's own shape as record fields, with what the mapping noticed. */
export async function mapRow(
  row: Record<string, unknown>,
  source: Source,
  mapper: RowMapper,
): Promise<Omit<SourceRow, 'file' | 'line' | 'original'>> {
  const { fields, warnings, misses, skipped, problem } = await mapper.map(row);
  return { fields: fields && { ...fields, kind: mapper.kind, source: source.source }, warnings, misses, skipped, problem };
}

/**
 * The columns a file lacks that the mapping reads without marking them optional. A CSV file is
 * judged by its header; an NDJSON file, which has none, by the fields of its first records.
 */
export async function missingColumns(file: string, format: 'csv' | 'ndjson', mapper: RowMapper): Promise<ColumnUse[]> {
  const present = format === 'csv' ? await csvHeader(file) : await ndjsonFields(file, 1000);
  return mapper.columns.filter((use) => !use.optional && !present.has(use.column));
}

async function csvHeader(file: string): Promise<Set<string>> {
  const parser = createReadStream(file).pipe(parse({ bom: true, trim: true, to_line: 1 }));
  for await (const header of parser as AsyncIterable<string[]>) return new Set(header);
  return new Set();
}

async function ndjsonFields(file: string, sample: number): Promise<Set<string>> {
  const fields = new Set<string>();
  let seen = 0;
  for await (const row of readNdjson(file)) {
    if (row.original && typeof row.original === 'object') for (const key of Object.keys(row.original)) fields.add(key);
    if ((seen += 1) >= sample) break;
  }
  return fields;
}

async function* readNdjson(file: string): AsyncGenerator<SourceRow> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    line += 1;
    if (!text.trim()) continue;
    try {
      const value: unknown = JSON.parse(text);
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('a record must be a JSON object');
      yield { file, line, original: value };
    } catch (error) {
      yield { file, line, original: text, problem: `malformed JSON: ${(error as Error).message}` };
    }
  }
}

async function* readCsv(file: string): AsyncGenerator<SourceRow> {
  const skipped: SourceRow[] = [];
  const parser = createReadStream(file).pipe(
    parse({
      columns: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
    }),
  );
  parser.on('skip', (error: Error & { lines?: number; raw?: string }) => {
    skipped.push({ file, line: error.lines ?? 0, original: error.raw ?? null, problem: `malformed CSV: ${error.message}` });
  });
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield* skipped.splice(0);
    yield { file, line: info.lines, original: record };
  }
  yield* skipped.splice(0);
}

/** CSV orders come one row per line; consecutive rows with one order number become one record. */
async function* groupLines(rows: AsyncGenerator<SourceRow>): AsyncGenerator<SourceRow> {
  let current: SourceRow | undefined;
  for await (const row of rows) {
    // A row that could not be read, or was skipped, goes its own way without closing the order being grouped.
    if (row.problem || row.skipped) {
      yield row;
      continue;
    }
    const lines = row.fields?.lines as unknown[] | undefined;
    if (current?.fields && row.fields && row.fields.sourceId !== undefined && row.fields.sourceId === current.fields.sourceId) {
      (current.fields.lines as unknown[]).push(...(lines ?? []));
      (current.original as unknown[]).push(row.original);
      current.warnings!.push(...(row.warnings ?? []));
      current.misses!.push(...(row.misses ?? []));
      continue;
    }
    if (current) yield current;
    current = { ...row, original: [row.original], warnings: [...(row.warnings ?? [])], misses: [...(row.misses ?? [])] };
  }
  if (current) yield current;
}
