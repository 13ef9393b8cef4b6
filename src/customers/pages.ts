import DataLoader from 'dataloader';
import type { Statement } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../paging/connections.js';
import { z } from 'zod';
import { answersByArguments, forEachCustomer } from './customers.js';

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
const requestKey = (request: PageRequest) =>
  JSON.stringify([request.id, request.first ?? null, request.after ?? null, request.filters ?? null]);

/** A page row as the statements give it for one request: `{total, [field]: items}`. */
export type PageRow = Record<string, unknown>;

/** How one batch of page requests is read: one row per request, in their order. */
export type PageReader = (requests: readonly PageRequest[]) => Promise<PageRow[]>;

/** The arguments a request passes to its statement (its id aside). */
const argumentsOf = (request: PageRequest) => ({
  after: decodeCursor(request.after, cursorKey),
  limit: pageSize(request.first) + 1,
  ...request.filters,
});

/** A statement taking `$requests` = [{id, after, limit, ...filters}] and giving rows {index, total, [field]}. */
export function pagesByRequest(graph: Graph, statement: Statement): PageReader {
  return async (requests) => {
    const rows = await graph.read(statement, { requests: requests.map((request) => ({ id: request.id, ...argumentsOf(request) })) });
    // Several requests may name one customer with different arguments: each answer comes back by position.
    const byIndex = new Map(rows.map((row) => [row.index as number, row]));
    return requests.map((_request, index) => byIndex.get(index)!);
  };
}

/** A page fragment of the 360 (customers/360/orders...) for a batch of customers: the page and the 360 read a customer's lists with the very same text. */
export function pagesOfEach(graph: Graph, fragment: Statement): PageReader {
  const statement = forEachCustomer(fragment);
  // A loader does not know what its callers select of the items: everything is read.
  const everything = Object.fromEntries(
    ['items', 'lines', 'channel', 'details'].filter((part) => statement.params.includes(part)).map((part) => [part, true]),
  );
  return (requests) =>
    answersByArguments<PageRequest, PageRow>(graph, statement, requests, (request) => ({ ...everything, ...argumentsOf(request) }), {});
}

export function customerPages<T extends Keyed>(read: PageReader, field: string) {
  const loader = new DataLoader(read, { cacheKeyFn: requestKey });
  return {
    load: async (request: PageRequest): Promise<Connection<T>> => {
      const row = await loader.load(request);
      // A customer the graph no longer has (erased meanwhile) has an empty page.
      return toConnection(
        (row[field] ?? []) as T[],
        pageSize(request.first),
        (item) => item.key,
        async () => (row.total ?? 0) as number,
      );
    },
    /** An answer already read (the customer 360 statement), so `load` of the same request runs nothing. */
    prime: (request: PageRequest, row: PageRow) => void loader.prime(request, row),
  };
}
