import DataLoader from 'dataloader';
import { cypher, type Statement } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { customersByIds, forEachCustomer, listsPerCustomer, type IdentityRecord } from './customers.js';
import { metricsOf, type RfmBoundaries } from './metrics.js';
import type { AttributeSourceRow, ChannelUsageRow, ConsentStateRow, OrderRow, SocialSignalRow, SourceRecordRow, TopicInterestRow, TouchpointRow } from './facts.js';
import { customerPages } from './pages.js';

/**
 * Per-request loaders: a page of customers costs one round trip per kind of look-up, not one
 * per customer, whatever the page size.
 */
const q = {
  identities: forEachCustomer('identities'),
  attributeSources: forEachCustomer('attribute-sources'),
  channels: forEachCustomer('channels'),
  topics: forEachCustomer('topics'),
  consents: forEachCustomer('consents'),
  orders: cypher.get('customers/orders'),
  touchpoints: cypher.get('customers/touchpoints'),
  socialSignals: cypher.get('customers/social-signals'),
  sourceRecords: cypher.get('customers/source-records'),
  related: cypher.get('customers/related'),
};

export function customerLoaders(graph: Graph, rfm: RfmBoundaries) {
  const lists = <T>(statement: Statement) => new DataLoader((ids: readonly string[]) => listsPerCustomer<T>(graph, statement, ids));
  return {
    customer: new DataLoader((ids: readonly string[]) => customersByIds(graph, ids)),
    identities: lists<IdentityRecord>(q.identities),
    attributeSources: lists<AttributeSourceRow>(q.attributeSources),
    channels: lists<ChannelUsageRow>(q.channels),
    topics: lists<TopicInterestRow>(q.topics),
    consents: lists<ConsentStateRow>(q.consents),
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
