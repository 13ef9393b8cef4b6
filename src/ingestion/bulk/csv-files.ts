import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFile } from '../../embedded-neo4j/offline-import.js';

/**
 * Nodes and relationships as the CSV files Neo4j's offline importer reads (neo4j-admin database
 * import full): one file per label (or relationship type and end labels), a header naming each
 * column's type. A property that holds whole numbers in some rows and fractions in others (as the
 * driver would send them: integers, floats) goes to a second file with the other header, so every
 * value lands with the type the online import gives it.
 */
export type ColumnType = 'string' | 'boolean' | 'datetime' | 'string[]' | 'long' | 'number';
export type Value = string | number | boolean | string[] | null | undefined;

/** Array items are joined by a character no text of ours holds (checked on every value). */
export const arrayDelimiter = '\u001f';

class BufferedFile {
  private readonly fd: number;
  private pending: string[] = [];
  private size = 0;
  rows = 0;
  multiline = false;

  constructor(
    readonly path: string,
    header: string,
  ) {
    this.fd = openSync(path, 'w');
    this.append(header);
  }

  append(line: string): void {
    if (!this.multiline && (line.includes('\n') || line.includes('\r'))) this.multiline = true;
    this.pending.push(line, '\n');
    this.size += line.length + 1;
    if (this.size > 4_000_000) this.flush();
  }

  flush(): void {
    if (this.pending.length) writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export class CsvGraph {
  private readonly files = new Map<string, BufferedFile>();
  private readonly nodes: { name: string; file: BufferedFile }[] = [];
  private readonly relationships: { name: string; file: BufferedFile }[] = [];

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /**
   * A node; `key` names the column holding its id within its id space (stored as that property), or
   * is null for an id that is only the importer's (then the id is not stored).
   */
  node(labels: string, space: string, key: string | null, id: string, columns: Record<string, ColumnType>, row: object): void {
    const values = row as Record<string, Value>;
    const variant = this.variant(columns, values);
    const name = `${labels}|${space}|${variant}`;
    let file = this.files.get(name);
    if (!file) {
      const header = [
        `${key ?? ''}:ID(${space})`,
        ...Object.entries(columns).map(([column, type]) => `${column}:${typed(type, column, variant)}`),
      ];
      file = this.open(`node-${labels}-${this.files.size}`, header.join(','));
      this.files.set(name, file);
      this.nodes.push({ name: labels, file });
    }
    file.append([quote(id), ...Object.entries(columns).map(([column, type]) => cell(values[column], type, column))].join(','));
    file.rows += 1;
  }

  relationship(
    type: string,
    from: [space: string, id: string],
    to: [space: string, id: string],
    columns: Record<string, ColumnType> = {},
    row: object = {},
  ): void {
    const values = row as Record<string, Value>;
    const variant = this.variant(columns, values);
    const name = `${type}|${from[0]}|${to[0]}|${variant}`;
    let file = this.files.get(name);
    if (!file) {
      const header = [
        `:START_ID(${from[0]})`,
        `:END_ID(${to[0]})`,
        ...Object.entries(columns).map(([column, t]) => `${column}:${typed(t, column, variant)}`),
      ];
      file = this.open(`rel-${type}-${this.files.size}`, header.join(','));
      this.files.set(name, file);
      this.relationships.push({ name: type, file });
    }
    file.append([quote(from[1]), quote(to[1]), ...Object.entries(columns).map(([column, t]) => cell(values[column], t, column))].join(','));
    file.rows += 1;
  }

  /** Closes every file; the lists for the importer's --nodes and --relationships. */
  close(): { nodes: ImportFile[]; relationships: ImportFile[]; rows: number } {
    let rows = 0;
    for (const file of this.files.values()) {
      file.close();
      rows += file.rows;
    }
    const listed = ({ name, file }: { name: string; file: BufferedFile }) => ({ name, file: file.path, multiline: file.multiline });
    return { nodes: this.nodes.map(listed), relationships: this.relationships.map(listed), rows };
  }

  private open(name: string, header: string): BufferedFile {
    return new BufferedFile(join(this.dir, `${name.replace(/[^A-Za-z0-9_-]/g, '_')}.csv`), header);
  }

  /** Which 'number' columns hold a fraction in this row: those are doubles, the others longs. */
  private variant(columns: Record<string, ColumnType>, values: Record<string, Value>): string {
    return Object.entries(columns)
      .filter(([column, type]) => type === 'number' && typeof values[column] === 'number' && !Number.isInteger(values[column]))
      .map(([column]) => column)
      .join('+');
  }
}

function typed(type: ColumnType, column: string, variant: string): string {
  if (type !== 'number') return type;
  return variant.split('+').includes(column) ? 'double' : 'long';
}

function cell(value: Value, type: ColumnType, column: string): string {
  if (value === null || value === undefined) return '';
  if (type === 'string[]') {
    const items = value as string[];
    for (const item of items)
      if (item.includes(arrayDelimiter))
        throw new Error(`${column}: ${JSON.stringify(item)} holds the character the bulk load separates list items with`);
    return quote(items.join(arrayDelimiter));
  }
  if (type === 'string') return quote(String(value));
  return String(value);
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
