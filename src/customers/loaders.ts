import DataLoader from 'dataloader';
import { cypher, type Statement } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { customersByIds, identitiesOfCustomers, listsPerCustomer } from './customers.js';
import { metricsOf, type RfmBoundaries } from './metrics.js';
import type { AttributeSourceRow, ChannelUsageRow, ConsentStateRow, OrderRow, SocialSignalRow, SourceRecordRow, TopicInterestRow, TouchpointRow } from './facts.js';
import { customerPages } from './pages.js';

/**
 * Per-request loaders: a page of customers costs one round trip per kind of look-up, not one
 * per customer, whatever the page size.
 */
const q = {
  attributeSources: cypher.get('customers/attribute-sources'),
  channels: cypher.get('customers/channels'),
  topics: cypher.get('customers/topics'),
  consents: cypher.get('customers/consents'),
  orders: cypher.get('customers/orders'),
  touchpoints: cypher.get('customers/touchpoints'),
  socialSignals: cypher.get('customers/social-signals'),
  sourceRecords: cypher.get('customers/source-records'),
  related: cypher.get('customers/related'),
};

export function customerLoaders(graph: Graph, rfm: RfmBoundaries) {
  const lists = <T>(statement: Statement, field: string) => new DataLoader((ids: readonly string[]) => listsPerCustomer<T>(graph, statement, ids, field));
  return {
    customer: new DataLoader((ids: readonly string[]) => customersByIds(graph, ids)),
    identities: new DataLoader((ids: readonly string[]) => identitiesOfCustomers(graph, ids)),
    attributeSources: lists<AttributeSourceRow>(q.attributeSources, 'sources'),
    channels: lists<ChannelUsageRow>(q.channels, 'channels'),
    topics: lists<TopicInterestRow>(q.topics, 'topics'),
    consents: lists<ConsentStateRow>(q.consents, 'consents'),
    metrics: new DataLoader((ids: readonly string[]) => metricsOf(graph, rfm, ids)),
    orders: customerPages<OrderRow>(graph, q.orders, 'orders'),
    touchpoints: customerPages<TouchpointRow>(graph, q.touchpoints, 'touchpoints'),
    socialSignals: customerPages<SocialSignalRow>(graph, q.socialSignals, 'signals'),
    sourceRecords: customerPages<SourceRecordRow>(graph, q.sourceRecords, 'records'),
    related: new DataLoader(
      async (requests: readonly { id: string; limit: number }[]) => {
        const rows = await graph.read(q.related, { requests });
        const found = new Map(rows.map((row) => [row.customerId as string, row.related]));
        return requests.map((request) => (found.get(request.id) ?? []) as RelatedRow[]);
      },
      { cacheKeyFn: (request) => `${request.id}|${request.limit}` },
    ),
  };
}

export interface RelatedRow {
  customerId: string;
  reasons: string[];
  sharedIdentities: { type: string; value: string }[];
  sharedProducts: number;
}
