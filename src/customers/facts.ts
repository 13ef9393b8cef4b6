import type { Connection } from '../paging/connections.js';
import type { CustomerRecord } from './customers.js';

/** The shapes of a customer's facts as the cypher/customers statements return them. */
export interface OrderRow {
  id: string;
  placedAt: string;
  currency: string;
  total: number;
  channel: string | null;
  lines: { sku: string; quantity: number; unitPrice: number }[];
  key: unknown;
}

export interface OrderLineRow {
  sku: string;
  quantity: number;
  unitPrice: number;
  currency: string;
}

export interface MoneyRow {
  minor: number;
  currency: string;
}

export interface TouchpointRow {
  id: string;
  type: string;
  channel: string;
  at: string;
  sku: string | null;
  topic: string | null;
  searchTerm: string | null;
  campaign: string | null;
  score: number | null;
  comment: string | null;
  resolved: boolean | null;
  event: string | null;
  url: string | null;
  referrer: string | null;
  /** JSON text. */
  properties: string | null;
  /** JSON text. */
  context: string | null;
  key: unknown;
}

export interface SocialSignalRow {
  id: string;
  type: string;
  platform: string;
  text: string | null;
  sentiment: number | null;
  at: string;
  skus: string[];
  topics: string[];
  customerId: string | null;
  key: unknown;
}

export interface SourceRecordRow {
  source: string;
  sourceId: string;
  kind: string;
  updatedAt: string | null;
  importedAt: string;
  key: unknown;
}

export interface AttributeSourceRow {
  attribute: string;
  value: string;
  source: string;
  sourceId: string;
  saidAt: string;
}

export interface ChannelUsageRow {
  channel: string;
  count: number;
  firstUsedAt: string;
  lastUsedAt: string;
}

export interface TopicInterestRow {
  topic: string;
  signals: number;
  touchpoints: number;
  sentiment: number | null;
  lastAt: string;
}

export interface ConsentStateRow {
  purpose: string;
  history: { status: string; at: string; source: string }[];
}

export type CustomerPage = Connection<CustomerRecord>;
export type OrderPage = Connection<OrderRow>;
export type TouchpointPage = Connection<TouchpointRow>;
export type SocialSignalPage = Connection<SocialSignalRow>;
export type SourceRecordPage = Connection<SourceRecordRow>;
