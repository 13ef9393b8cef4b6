import { stringify } from 'csv-stringify/sync';
import type { QueryAnswer } from './saved-queries.js';

/** An answer as an aligned text table, CSV or JSON lines, for a terminal or a file. */
export type Format = 'table' | 'csv' | 'json';

const cell = (value: unknown) =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

export function formatAnswer({ columns, rows }: QueryAnswer, format: Format): string {
  if (format === 'json') return rows.map((row) => JSON.stringify(row)).join('\n');
  const cells = rows.map((row) => columns.map((column) => cell(row[column])));
  if (format === 'csv') return stringify([columns, ...cells]).trimEnd();
  const widths = columns.map((column, index) => Math.max(column.length, ...cells.map((line) => line[index]!.length)));
  const line = (values: string[]) =>
    values
      .map((value, index) => value.padEnd(widths[index]!))
      .join(' | ')
      .trimEnd();
  return [line(columns), widths.map((width) => '-'.repeat(width)).join('-+-'), ...cells.map(line)].join('\n');
}

/** A command-line parameter value: numbers and true/false as such, anything else as text. */
export function parameterValue(text: string): unknown {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}
