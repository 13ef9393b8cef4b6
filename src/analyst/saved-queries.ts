import { readFileSync } from 'node:fs';
import { baseKinds, type BaseKind } from '../access/policy.js';
import { cypher, type Statement } from '../graph/cypher-library.js';
import type { Graph, Params } from '../graph/graph.js';

/**
 * Analysts' Cypher: the saved queries of cypher/analyst/ and ad-hoc queries. Both run in a read
 * transaction with a timeout and a row limit; an ad-hoc query runs only when Neo4j's own
 * planner (EXPLAIN) says it is read-only.
 */
export interface SavedQuery {
  name: string;
  description: string;
  params: { name: string; description: string }[];
  /** Columns holding personal data, with its kind (`// column name: KIND` in the header). */
  personalColumns: { name: string; kind: BaseKind }[];
}

export interface QueryLimits {
  rowLimit: number;
  timeoutMs: number;
}

export interface QueryAnswer {
  columns: string[];
  rows: Record<string, unknown>[];
  /** More rows matched than the row limit let through. */
  truncated: boolean;
}

export class AnalystQueryError extends Error {}

export const defaultLimits: QueryLimits = { rowLimit: 1000, timeoutMs: 30_000 };

const saved = () => cypher.under('analyst');

let catalogue: SavedQuery[] | undefined;

/** The saved queries with their headers, read from their files once per process. */
export function savedQueries(): SavedQuery[] {
  catalogue ??= saved().map((statement) => {
    const header = readFileSync(statement.file, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('//'));
    return {
      name: statement.name.replace(/^analyst\//, ''),
      description: statement.description,
      params: statement.params.map((name) => ({ name, description: paramDescription(header, name) })),
      personalColumns: personalColumns(statement, header),
    };
  });
  return catalogue;
}

function paramDescription(header: string[], name: string): string {
  const line = header.find((text) => text.startsWith(`// param $${name}:`));
  return line?.slice(`// param $${name}:`.length).trim() ?? '';
}

function personalColumns(statement: Statement, header: string[]): SavedQuery['personalColumns'] {
  return header.flatMap((line) => {
    const match = /^\/\/ column (\w+): (\w+)$/.exec(line);
    if (!match) return [];
    if (!(baseKinds as readonly string[]).includes(match[2]!))
      throw new AnalystQueryError(`${statement.file}: column ${match[1]} has no kind of personal data named ${match[2]}`);
    return [{ name: match[1]!, kind: match[2] as BaseKind }];
  });
}

export async function runSavedQuery(graph: Graph, name: string, params: Params, limits = defaultLimits): Promise<QueryAnswer> {
  const statement = saved().find((candidate) => candidate.name === `analyst/${name}`);
  if (!statement)
    throw new AnalystQueryError(
      `no saved query named ${JSON.stringify(name)}; the saved queries are: ${savedQueries()
        .map((query) => query.name)
        .join(', ')}`,
    );
  const missing = statement.params.filter((param) => !(param in params));
  if (missing.length) throw new AnalystQueryError(`${name} needs ${missing.map((param) => `$${param}`).join(', ')}`);
  const unknown = Object.keys(params).filter((param) => !statement.params.includes(param));
  if (unknown.length) throw new AnalystQueryError(`${name} takes no ${unknown.map((param) => `$${param}`).join(', ')}`);
  return graph.readRows(statement, params, limits.rowLimit, limits.timeoutMs);
}

/** An analyst's own query: refused unless the planner says it only reads. */
export async function runAdHocQuery(graph: Graph, text: string, params: Params, limits = defaultLimits): Promise<QueryAnswer> {
  const kind = await graph.queryType(text, params).catch((error: Error) => {
    throw new AnalystQueryError(`the query does not compile: ${error.message}`);
  });
  if (kind !== 'r') throw new AnalystQueryError(`only read-only queries are accepted; Neo4j plans this one as ${queryKinds[kind] ?? kind}`);
  const statement: Statement = {
    name: 'analyst/ad-hoc',
    mode: 'read',
    params: Object.keys(params),
    description: "an analyst's ad-hoc query",
    text,
    file: '',
  };
  return graph.readRows(statement, params, limits.rowLimit, limits.timeoutMs);
}

const queryKinds: Record<string, string> = { rw: 'reading and writing', w: 'writing', s: 'changing the schema' };
