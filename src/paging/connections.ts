import type { z } from 'zod';
import { InvalidArgument } from '../invalid-argument.js';

/**
 * Relay-style connections with keyset cursors: a cursor is the sort key of the last item seen
 * (opaque base64url JSON), so the next page starts after that key, not after an offset, and
 * stays gapless while records are added. Pages are read one item longer than asked to know
 * whether more follow. `totalCount` is a function, run only when a query selects the field.
 */
export const maxPageSize = 100;

/** The page size a client asked for, checked: 1 to 100, `fallback` when not given. */
export function pageSize(first: number | null | undefined, fallback = 20, argument = 'first'): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw new InvalidArgument(argument, `must be between 1 and ${maxPageSize}, got ${first}`);
  }
  return first;
}

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key inside an `after` cursor, checked against the shape this list's cursors have. */
export function decodeCursor<T>(after: string | null | undefined, shape: z.ZodType<T>): T | null {
  if (after === null || after === undefined) return null;
  try {
    return shape.parse(JSON.parse(Buffer.from(after, 'base64url').toString('utf8')));
  } catch {
    throw new InvalidArgument('after', 'not a cursor of this list; pass the endCursor of the previous page');
  }
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** A page from rows read with `LIMIT size + 1`; `keyOf` gives each row's sort key. */
export function toConnection<Row, T = Row>(
  rows: Row[],
  size: number,
  keyOf: (row: Row) => unknown,
  totalCount: () => Promise<number>,
  nodeOf: (row: Row) => T = (row) => row as unknown as T,
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: nodeOf(row) }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
