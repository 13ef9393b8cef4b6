import DataLoader from 'dataloader';
import type { Statement } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../paging/connections.js';
import { z } from 'zod';

/**
 * Lists that hang off a customer (orders, touchpoints, signals, source records), paged per
 * customer. Every customer of a page asking for its first orders is one request of one batched
 * statement: `$requests` = [{id, after, limit, ...filters}] → rows {index, total, [field]}.
 */
export interface PageRequest {
  id: string;
  first?: number | null;
  after?: string | null;
  filters?: Record<string, unknown>;
}

type Keyed = { key: unknown };

/** Every list of a customer sorts by two strings (time or source, then id): the shape of its cursors. */
export const cursorKey = z.tuple([z.string(), z.string()]);

/** A touchpoint page's filters, each named (null when not asked), so one request has one cache key. */
export function touchpointFilters(args: { channels?: string[] | null; types?: string[] | null; since?: unknown; until?: unknown }) {
  return { channels: args.channels ?? null, types: args.types ?? null, since: args.since ?? null, until: args.until ?? null };
}

/** One key per distinct request, however its arguments were spelled (absent or null alike). */
const requestKey = (request: PageRequest) => JSON.stringify([request.id, request.first ?? null, request.after ?? null, request.filters ?? null]);

/** A page row as the statements give it for one request: `{total, [field]: items}`. */
export type PageRow = Record<string, unknown>;

export function customerPages<T extends Keyed>(graph: Graph, statement: Statement, field: string) {
  const loader = new DataLoader(
    async (requests: readonly PageRequest[]): Promise<PageRow[]> => {
      const rows = await graph.read(statement, {
        requests: requests.map((request) => ({
          id: request.id,
          after: decodeCursor(request.after, cursorKey),
          limit: pageSize(request.first) + 1,
          ...request.filters,
        })),
      });
      // Several requests may name one customer with different arguments: each answer comes back by position.
      const byIndex = new Map(rows.map((row) => [row.index as number, row]));
      return requests.map((_request, index) => byIndex.get(index)!);
    },
    { cacheKeyFn: requestKey },
  );
  return {
    load: async (request: PageRequest): Promise<Connection<T>> => {
      const row = await loader.load(request);
      return toConnection(row[field] as T[], pageSize(request.first), (item) => item.key, async () => row.total as number);
    },
    /** An answer already read (the customer 360 statement), so `load` of the same request runs nothing. */
    prime: (request: PageRequest, row: PageRow) => void loader.prime(request, row),
  };
}
