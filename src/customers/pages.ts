import DataLoader from 'dataloader';
import type { Statement } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../api/connections.js';
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

const cursorKey = z.tuple([z.string(), z.string()]);

export function customerPages<T extends Keyed>(graph: Graph, statement: Statement, field: string) {
  const loader = new DataLoader(
    async (requests: readonly PageRequest[]) => {
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
    { cacheKeyFn: (request) => JSON.stringify(request) },
  );
  return async (request: PageRequest): Promise<Connection<T>> => {
    const row = await loader.load(request);
    return toConnection(row[field] as T[], pageSize(request.first), (item) => item.key, async () => row.total as number);
  };
}
