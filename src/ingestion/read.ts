import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import type { RecordKind } from './records.js';
import { mapRow, type Source } from './sources.js';

/**
 * Reads a source file as a stream of rows mapped to record fields, each with where it came from.
 * A line that cannot be parsed at all still comes out, with its problem, so it reaches the
 * rejects file rather than vanishing.
 */
export interface SourceRow {
  file: string;
  line: number;
  original: unknown;
  fields?: Record<string, unknown>;
  problem?: string;
}

export async function* readSourceFile(file: string, format: 'csv' | 'ndjson', source: Source, kind: RecordKind): AsyncGenerator<SourceRow> {
  const rows = mapped(format === 'csv' ? readCsv(file) : readNdjson(file), source, kind);
  yield* source.kinds[kind]?.lineColumns ? groupLines(rows) : rows;
}

async function* mapped(rows: AsyncGenerator<SourceRow>, source: Source, kind: RecordKind): AsyncGenerator<SourceRow> {
  for await (const row of rows) {
    yield row.problem ? row : { ...row, fields: mapRow(row.original as Record<string, unknown>, source, kind) };
  }
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
    // A row that could not be read goes its own way without closing the order being grouped.
    if (row.problem) {
      yield row;
      continue;
    }
    const lines = row.fields?.lines as unknown[] | undefined;
    if (current?.fields && row.fields && row.fields.sourceId !== undefined && row.fields.sourceId === current.fields.sourceId) {
      (current.fields.lines as unknown[]).push(...(lines ?? []));
      (current.original as unknown[]).push(row.original);
      continue;
    }
    if (current) yield current;
    current = { ...row, original: [row.original] };
  }
  if (current) yield current;
}
