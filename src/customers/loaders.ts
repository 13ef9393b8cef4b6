import DataLoader from 'dataloader';
import { cypher, type Statement } from '../graph/cypher-library.js';
import type { StatementName } from '../graph/statement-names.generated.js';
import type { Graph } from '../graph/graph.js';
import { answersByArguments, customersByIds, forEachCustomer, listsPerCustomer, type IdentityRecord } from './customers.js';
import { metricsOf, type RfmBoundaries } from './metrics.js';
import type {
  AttributeSourceRow,
  ChannelUsageRow,
  ConsentStateRow,
  OrderRow,
  SocialSignalRow,
  SourceRecordRow,
  TopicInterestRow,
  TouchpointRow,
} from './facts.js';
import { customerPages, pagesOfEach } from './pages.js';

/**
 * Per-request loaders: a page of customers costs one round trip per kind of look-up, not one
 * per customer, whatever the page size.
 */
const q = {
  identities: forEachCustomer(cypher.get('customers/360/identities')),
  attributeSources: forEachCustomer(cypher.get('customers/360/attribute-sources')),
  channels: forEachCustomer(cypher.get('customers/360/channels')),
  topics: forEachCustomer(cypher.get('customers/360/topics')),
  consents: forEachCustomer(cypher.get('customers/360/consents')),
  related: forEachCustomer(cypher.get('customers/360/related')),
};

export function customerLoaders(graph: Graph, rfm: RfmBoundaries) {
  const lists = <T>(statement: Statement) => new DataLoader((ids: readonly string[]) => listsPerCustomer<T[]>(graph, statement, ids));
  const pages = (fragment: StatementName) => pagesOfEach(graph, cypher.get(fragment));
  return {
    customer: new DataLoader((ids: readonly string[]) => customersByIds(graph, ids)),
    identities: lists<IdentityRecord>(q.identities),
    attributeSources: lists<AttributeSourceRow>(q.attributeSources),
    channels: lists<ChannelUsageRow>(q.channels),
    topics: lists<TopicInterestRow>(q.topics),
    consents: lists<ConsentStateRow>(q.consents),
    metrics: new DataLoader((ids: readonly string[]) => metricsOf(graph, rfm, ids)),
    orders: customerPages<OrderRow>(pages('customers/360/orders'), 'orders'),
    touchpoints: customerPages<TouchpointRow>(pages('customers/360/touchpoints'), 'touchpoints'),
    socialSignals: customerPages<SocialSignalRow>(pages('customers/360/social-signals'), 'signals'),
    sourceRecords: customerPages<SourceRecordRow>(pages('customers/360/source-records'), 'records'),
    related: new DataLoader(
      (requests: readonly { id: string; limit: number }[]) =>
        answersByArguments<{ id: string; limit: number }, RelatedRow[]>(graph, q.related, requests, ({ limit }) => ({ limit }), []),
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
