import { z } from 'zod';
import { decodeCursor, pageSize, toConnection } from '../paging/connections.js';
import { cypher, type Statement } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import type { CustomerRecord } from '../customers/customers.js';

/** Topics and channels, and the customers who engage through them, most engaged first. */
export interface TopicRecord {
  name: string;
}

export interface ChannelRecord {
  name: string;
}

export const engagementStatements = {
  topic: cypher.get('engagement/topic'),
  channel: cypher.get('engagement/channel'),
  topicCustomers: cypher.get('engagement/topic-customers'),
  channelCustomers: cypher.get('engagement/channel-customers'),
};

const countAndId = z.tuple([z.number(), z.string()]);

export async function named(graph: Graph, statement: Statement, name: string): Promise<{ name: string } | null> {
  const [row] = await graph.read(statement, { name });
  return row ? { name: row.name as string } : null;
}

/** A page of the customers a topic or channel statement ranks. */
export async function engagedCustomers(
  graph: Graph,
  statement: Statement,
  name: string,
  first: number | null | undefined,
  after: string | null | undefined,
  loadCustomers: (ids: string[]) => Promise<CustomerRecord[]>,
) {
  const size = pageSize(first);
  const [row] = await graph.read(statement, { name, after: decodeCursor(after, countAndId), limit: size + 1 });
  const keys = (row?.keys ?? []) as [number, string][];
  const customers = await loadCustomers(keys.slice(0, size).map(([, id]) => id));
  const pairs = keys.map((key, index) => ({ key, customer: customers[index]! }));
  return toConnection(
    pairs,
    size,
    (pair) => pair.key,
    async () => (row?.total ?? 0) as number,
    (pair) => pair.customer,
  );
}
