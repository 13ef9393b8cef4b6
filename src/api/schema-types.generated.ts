import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRecord, IdentityRecord } from '../customers/customers.js';
import type { CustomerPage, OrderRow, OrderLineRow, OrderPage, MoneyRow, TouchpointRow, TouchpointPage, SocialSignalRow, SocialSignalPage, SourceRecordRow, SourceRecordPage, ChannelUsageRow, TopicInterestRow, ConsentStateRow } from '../customers/facts.js';
import type { CustomerMetricsRecord } from '../customers/metrics.js';
import type { RelatedRow } from '../customers/loaders.js';
import type { ProductRecord } from '../catalog/products.js';
import type { ChannelRecord, TopicRecord } from '../engagement/engagement.js';
import type { LeadQualification, Reason } from '../leads/qualify.js';
import type { LeadPage } from '../leads/leads.js';
import type { PlannedAction } from '../leads/next-best-action.js';
import type { SegmentRecord, MembershipRecord } from '../segments/segments.js';
import type { HouseholdRecord } from '../communities/households.js';
import type { BuyerClusterRecord, BuyerClusterProductRecord, BuyerClusterPage } from '../communities/buyer-clusters.js';
import type { UnmergedCustomers } from '../identity/unmerge.js';
import type { ReviewItem } from '../identity/review-queue.js';
import type { Connection } from '../paging/connections.js';
import type { AudiencePage } from '../audiences/selection/audience.js';
import type { AuditRecord } from '../audit/trail.js';
import type { ApiKeyRecord } from '../access/api-keys.js';
import type { Caller as CallerRecord } from '../access/caller.js';
import type { AttributeChangeRow, AttributeChangePage } from '../privacy/attribute-history.js';
import type { ExportRecord } from '../privacy/export.js';
import type { LeadChange, AudienceChange as AudienceChangeEvent, CustomerMerged as CustomerMergedEvent, CustomerSplit as CustomerSplitEvent } from '../live/live-events.js';
import type { ApiContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC. */
  DateTime: { input: string; output: string; }
  /** Any JSON value: an object, a list, a string, a number, a boolean or null. */
  JSON: { input: unknown; output: unknown; }
};

/** What an activation did (or, on a dry run, would do). */
export type ActivationResult = {
  __typename?: 'ActivationResult';
  /** Delivery attempts, retries included. */
  attempts: Scalars['Int']['output'];
  /** Batches delivered (webhooks), 1 for a file, 0 on a dry run. */
  batches: Scalars['Int']['output'];
  /** Whether nothing was sent. */
  dryRun: Scalars['Boolean']['output'];
  /** People sent this time who were not in the previous export of the same source to the same destination. */
  entered: Scalars['Int']['output'];
  /** People in the previous export who are not sent this time. */
  exited: Scalars['Int']['output'];
  /** The file written, for a file destination. */
  file: Maybe<Scalars['String']['output']>;
  /** People held back, by reason (no consent, no identifier for the channel). */
  heldBack: Array<HeldBack>;
  /** People the source selected. */
  selected: Scalars['Int']['output'];
  /** People sent (or who would be). */
  sent: Scalars['Int']['output'];
};

/** What an activation sends: exactly one field. */
export type ActivationSourceInput = {
  /** The customers an audience filter selects. */
  audience?: InputMaybe<AudienceFilter>;
  /** A lead list. */
  leads?: InputMaybe<LeadListInput>;
  /** The current members of a segment, by name. */
  segment?: InputMaybe<Scalars['String']['input']>;
};

/** An API key, without its secret. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The admin who created it. */
  createdBy: Scalars['String']['output'];
  /** The key's public id: the part between `cgk_` and the secret. */
  id: Scalars['ID']['output'];
  /** What the key is for. */
  name: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** The role the key acts in. */
  role: Role;
};

/**
 * One change of a profile attribute. Its values are personal data of the attribute's kind (names,
 * street and postcode, birth date), masked for roles not cleared for that kind.
 */
export type AttributeChange = {
  __typename?: 'AttributeChange';
  /** When the profile changed. */
  at: Scalars['DateTime']['output'];
  /** The attribute. */
  attribute: Scalars['String']['output'];
  /** The value after; null when no record gives one any more. */
  newValue: Maybe<Scalars['String']['output']>;
  /** The value before; null when there was none. */
  oldValue: Maybe<Scalars['String']['output']>;
  /** The source of the record that now gives the value; null when the value was cleared. */
  source: Maybe<Scalars['String']['output']>;
  /** That record's id in its source. */
  sourceId: Maybe<Scalars['String']['output']>;
};

/** A page of attribute changes. */
export type AttributeChangeConnection = {
  __typename?: 'AttributeChangeConnection';
  /** The changes of this page with their cursors. */
  edges: Array<AttributeChangeEdge>;
  /** The changes of this page. */
  nodes: Array<AttributeChange>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many changes there are in all (with the attribute filter). */
  totalCount: Scalars['Int']['output'];
};

/** One attribute change and its cursor. */
export type AttributeChangeEdge = {
  __typename?: 'AttributeChangeEdge';
  /** Pass as `after` to start the next page after this change. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: AttributeChange;
};

/** Where a profile attribute's value came from. */
export type AttributeSource = {
  __typename?: 'AttributeSource';
  /** The profile attribute (givenName, familyName, birthDate, street, city, postcode, region, country, lifecycleStage). */
  attribute: Scalars['String']['output'];
  /** When that source last changed the record (or when it was imported, if the source does not say). */
  saidAt: Scalars['DateTime']['output'];
  /** The source system that said it. */
  source: Scalars['String']['output'];
  /** The record's id in that source. */
  sourceId: Scalars['String']['output'];
  /** The value the profile holds. */
  value: Scalars['String']['output'];
};

/** A customer entering or leaving a segment. */
export type AudienceChange = {
  __typename?: 'AudienceChange';
  /** When the change was seen. */
  at: Scalars['DateTime']['output'];
  /** Entered or left. */
  change: AudienceChangeKind;
  /** Who. */
  customer: Customer;
  /** The segment's name. */
  segment: Scalars['String']['output'];
};

/** Entered or left. */
export type AudienceChangeKind =
  /** The customer is now a member. */
  | 'ENTERED'
  /** The customer is no longer a member. */
  | 'LEFT';

/** A page of an audience, in customer id order. */
export type AudienceConnection = {
  __typename?: 'AudienceConnection';
  /** The Cypher statement and parameters that selected this page. */
  compiled: CompiledAudience;
  /** The members of this page, each with its cursor. */
  edges: Array<CustomerEdge>;
  /** The members of this page. */
  nodes: Array<Customer>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many customers the whole audience has (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/**
 * Who belongs to an audience. Set exactly one field: a condition, or `all`, `any` or `not` over
 * other filters. At most 6 levels deep and 50 conditions. Within a condition, every field given
 * must hold for one and the same order, touchpoint or signal; list fields mean "any of these".
 */
export type AudienceFilter = {
  /** Every one of these filters holds. */
  all?: InputMaybe<Array<AudienceFilter>>;
  /** At least one of these filters holds. */
  any?: InputMaybe<Array<AudienceFilter>>;
  /** The customer's latest consent decision for a purpose. */
  consented?: InputMaybe<ConsentCondition>;
  /** The customer belongs to a buyer cluster (see detectBuyerClusters). */
  inBuyerCluster?: InputMaybe<BuyerClusterCondition>;
  /** The customer belongs to a household (see detectHouseholds). */
  inHousehold?: InputMaybe<HouseholdCondition>;
  /** The customer is a current member of a segment. */
  inSegment?: InputMaybe<SegmentCondition>;
  /** Order and engagement figures of the customer (at least one). */
  metrics?: InputMaybe<MetricsCondition>;
  /** This filter does not hold. */
  not?: InputMaybe<AudienceFilter>;
  /** Profile attributes of the customer (at least one). */
  profile?: InputMaybe<ProfileCondition>;
  /** The customer ordered something matching this (any order, if empty). */
  purchased?: InputMaybe<PurchaseCondition>;
  /** The customer said something in public matching this (any signal, if empty). */
  said?: InputMaybe<SocialSignalCondition>;
  /** The customer buys like a given customer (linked as similar buyers by detectBuyerClusters). */
  similarBuyersOf?: InputMaybe<SimilarBuyersCondition>;
  /** The customer has a touchpoint matching this (any touchpoint, if empty). */
  touched?: InputMaybe<TouchpointCondition>;
  /**
   * The customer wrote one of the terms in a site search or in a mention, post or review: matched
   * as lead qualification matches searches and talk (see WrittenCondition).
   */
  wrote?: InputMaybe<WrittenCondition>;
};

/** What an audit entry records. */
export type AuditAction =
  /** Personal fields were read. */
  | 'READ'
  /** A mutation ran. */
  | 'WRITE';

/** One request's reads of personal fields, or one mutation. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** A read or a write. */
  action: AuditAction;
  /** Who: the token's subject or `api-key:<name>`. */
  actor: Scalars['String']['output'];
  /** When the request ran. */
  at: Scalars['DateTime']['output'];
  /** The customers concerned, each with the fields read about them. */
  customers: Array<AuditedCustomer>;
  /** The personal fields read (as Type.field), or the mutations run (as Mutation.field). */
  fields: Array<Scalars['String']['output']>;
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The GraphQL operation's name, when it had one. */
  operation: Maybe<Scalars['String']['output']>;
  /** The request id (the x-request-id header of the request and of its log lines). */
  requestId: Maybe<Scalars['String']['output']>;
  /** The role the request acted in. */
  role: Role;
};

/** A page of audit entries. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** The entries. */
  nodes: Array<AuditEntry>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many entries match the filters. */
  totalCount: Scalars['Int']['output'];
};

/** An audit entry and its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Where this entry is in the list. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** A customer an audit entry is about. */
export type AuditedCustomer = {
  __typename?: 'AuditedCustomer';
  /** The customer's id. */
  customerId: Scalars['ID']['output'];
  /** The personal fields read about this customer, or the mutations that named them. */
  fields: Array<Scalars['String']['output']>;
};

/** Customers who buy alike. Its members: `audience(filter: { inBuyerCluster: { id } })`. */
export type BuyerCluster = {
  __typename?: 'BuyerCluster';
  /** The categories most of its members bought in, most buyers first. */
  categories: Array<BuyerClusterCategory>;
  /** When it was detected. */
  detectedAt: Scalars['DateTime']['output'];
  /**
   * Its id, derived from its smallest member id (hashed: no customer id shows): stable while the
   * purchases stay the same.
   */
  id: Scalars['ID']['output'];
  /** The products most of its members bought, most buyers first. */
  products: Array<BuyerClusterProduct>;
  /** How many customers it has. */
  size: Scalars['Int']['output'];
};

/** A category a buyer cluster buys in. */
export type BuyerClusterCategory = {
  __typename?: 'BuyerClusterCategory';
  /** How many members bought in it. */
  buyers: Scalars['Int']['output'];
  /** The category's path from the root, e.g. "Home > Kitchen > Coffee makers". */
  path: Scalars['String']['output'];
};

/** Belonging to a buyer cluster. */
export type BuyerClusterCondition = {
  /** The cluster's id (see buyerClusters). */
  id: Scalars['ID']['input'];
};

/** A page of buyer clusters, largest first. */
export type BuyerClusterConnection = {
  __typename?: 'BuyerClusterConnection';
  /** The clusters of this page, each with its cursor. */
  edges: Array<BuyerClusterEdge>;
  /** The clusters of this page. */
  nodes: Array<BuyerCluster>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many clusters there are. */
  totalCount: Scalars['Int']['output'];
};

/** What a buyer-cluster detection found. */
export type BuyerClusterDetection = {
  __typename?: 'BuyerClusterDetection';
  /** Customers who ordered something. */
  buyers: Scalars['Int']['output'];
  /** Clusters found. */
  clusters: Scalars['Int']['output'];
  /** Customers in them. */
  customers: Scalars['Int']['output'];
  /** Products left out as too popular to tell buyers apart (SKUs). */
  ignoredProducts: Array<Scalars['String']['output']>;
  /** Pairs of customers linked as similar buyers. */
  links: Scalars['Int']['output'];
  /** Rounds of label propagation run. */
  rounds: Scalars['Int']['output'];
};

/** A buyer cluster in a page. */
export type BuyerClusterEdge = {
  __typename?: 'BuyerClusterEdge';
  /** Where this cluster sits in the list. */
  cursor: Scalars['String']['output'];
  /** The cluster. */
  node: BuyerCluster;
};

/** A product a buyer cluster buys. */
export type BuyerClusterProduct = {
  __typename?: 'BuyerClusterProduct';
  /** How many members bought it. */
  buyers: Scalars['Int']['output'];
  /** The product. */
  product: Product;
};

/** The caller of a request. */
export type Caller = {
  __typename?: 'Caller';
  /** The token's subject, or `api-key:<name>`. */
  actor: Scalars['String']['output'];
  /** The role the request acts in. */
  role: Role;
  /** How the caller proved who it is: `token` or `api-key`. */
  via: Scalars['String']['output'];
};

/** A level of the category hierarchy. */
export type Category = {
  __typename?: 'Category';
  /** The category's own name, e.g. "Coffee". */
  name: Scalars['String']['output'];
  /** The full path, e.g. "Home > Kitchen > Coffee". */
  path: Scalars['String']['output'];
};

/** A channel customers use: web, app, email, store... */
export type Channel = {
  __typename?: 'Channel';
  /** Customers who used it, most active first. */
  customers: CustomerConnection;
  /** Its name (WEB, MOBILE_APP, EMAIL, SMS, STORE, CALL_CENTRE, SOCIAL, ADS, PARTNER). */
  name: Scalars['String']['output'];
};


/** A channel customers use: web, app, email, store... */
export type ChannelCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A change of channel between two consecutive steps. */
export type ChannelSwitch = {
  __typename?: 'ChannelSwitch';
  /** When the later step happened. */
  at: Scalars['DateTime']['output'];
  /** The channel of the earlier step. */
  from: Scalars['String']['output'];
  /** The channel of the later step. */
  to: Scalars['String']['output'];
};

/** The channel switches of a journey. */
export type ChannelSwitches = {
  __typename?: 'ChannelSwitches';
  /** How many times consecutive steps changed channel. */
  count: Scalars['Int']['output'];
  /** Each switch, oldest first. */
  switches: Array<ChannelSwitch>;
};

/** How a customer used one channel. */
export type ChannelUsage = {
  __typename?: 'ChannelUsage';
  /** The channel. */
  channel: Channel;
  /** Orders and touchpoints on it. */
  count: Scalars['Int']['output'];
  /** First use. */
  firstUsedAt: Scalars['DateTime']['output'];
  /** Latest use. */
  lastUsedAt: Scalars['DateTime']['output'];
};

/** A product bought by customers who also bought another. */
export type CoPurchase = {
  __typename?: 'CoPurchase';
  /** How many customers bought both. */
  customers: Scalars['Int']['output'];
  /** The other product. */
  product: Product;
};

/** An audience filter compiled to Cypher. */
export type CompiledAudience = {
  __typename?: 'CompiledAudience';
  /** The statement, assembled only from the vetted fragments under cypher/audiences/. */
  cypher: Scalars['String']['output'];
  /** Its parameters, as a JSON object. */
  parameters: Scalars['String']['output'];
};

/** The customer's consent for a purpose: the latest decision counts. */
export type ConsentCondition = {
  /** EMAIL_MARKETING, SMS_MARKETING, PROFILING or THIRD_PARTY_SHARING. */
  purpose: Scalars['String']['input'];
  /** The latest decision: GRANTED (by default) or WITHDRAWN. */
  status?: InputMaybe<Scalars['String']['input']>;
};

/** One consent decision. */
export type ConsentEvent = {
  __typename?: 'ConsentEvent';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The source that recorded it. */
  source: Scalars['String']['output'];
  /** GRANTED or WITHDRAWN. */
  status: Scalars['String']['output'];
};

/** What a person may consent to, or not. */
export type ConsentPurpose =
  /** Marketing by email. */
  | 'EMAIL_MARKETING'
  /** Being profiled: lead scoring, next best action. */
  | 'PROFILING'
  /** Marketing by text message. */
  | 'SMS_MARKETING'
  /** Having data shared with third parties (partner destinations). */
  | 'THIRD_PARTY_SHARING';

/** A consent event. */
export type ConsentRecordInput = {
  at?: InputMaybe<Scalars['String']['input']>;
  person: PersonReferenceInput;
  /** EMAIL_MARKETING, SMS_MARKETING, PROFILING or THIRD_PARTY_SHARING. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['String']['input'];
  /** GRANTED or WITHDRAWN. */
  status?: InputMaybe<Scalars['String']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

/** A customer's consent for one purpose. */
export type ConsentState = {
  __typename?: 'ConsentState';
  /** When the latest decision was made. */
  at: Scalars['DateTime']['output'];
  /** Every decision for this purpose, newest first. */
  history: Array<ConsentEvent>;
  /** EMAIL_MARKETING, SMS_MARKETING, PROFILING or THIRD_PARTY_SHARING. */
  purpose: Scalars['String']['output'];
  /** The source that recorded the latest decision. */
  source: Scalars['String']['output'];
  /** The latest decision: GRANTED or WITHDRAWN. */
  status: Scalars['String']['output'];
};

/** A consent decision. */
export type ConsentStatus =
  /** The person agreed. */
  | 'GRANTED'
  /** The person said no, or took an earlier yes back. */
  | 'WITHDRAWN';

/** The unified profile of one real person: the golden record built from every source. */
export type Customer = {
  __typename?: 'Customer';
  /** Every change of a profile attribute, newest first: old and new value, the record that won, when. */
  attributeHistory: AttributeChangeConnection;
  /** Which source record each profile attribute was taken from, and when that source said it. */
  attributeSources: Array<AttributeSource>;
  /** Date of birth, YYYY-MM-DD. */
  birthDate: Maybe<Scalars['String']['output']>;
  /** The cluster of similar buyers the customer belongs to (as of the last detection); null when in none. */
  buyerCluster: Maybe<BuyerCluster>;
  /** Every channel the customer used (orders and touchpoints), most used first. */
  channels: Array<ChannelUsage>;
  /** City. */
  city: Maybe<Scalars['String']['output']>;
  /** The customer's consent per purpose: the latest decision, with its history. */
  consents: Array<ConsentState>;
  /** Country of residence, ISO 3166-1 alpha-2 (e.g. FR). */
  country: Maybe<Scalars['String']['output']>;
  /** When the customer first appeared in the graph. */
  createdAt: Scalars['DateTime']['output'];
  /** Family (last) name. */
  familyName: Maybe<Scalars['String']['output']>;
  /** Given (first) name. */
  givenName: Maybe<Scalars['String']['output']>;
  /** The household the customer belongs to (as of the last detection); null when alone. */
  household: Maybe<Household>;
  /** Stable id of the customer; it never changes once given. */
  id: Scalars['ID']['output'];
  /** The identifiers that point at this customer: emails, phones, CRM ids, devices, social handles. */
  identities: Array<Identity>;
  /**
   * The customer's journey: touchpoints, orders and social signals in time order, with the channel switches, where
   * the customer entered and the stage they are at now (see the stage rule in docs/api.md).
   */
  journey: Journey;
  /** Where the customer stands with the company: lead, prospect, customer, lapsed... */
  lifecycleStage: Maybe<Scalars['String']['output']>;
  /** Lifetime value, order figures, recency and RFM scores. */
  metrics: CustomerMetrics;
  /**
   * What to talk about with this customer next, on which channel and when: the topic they engage
   * with that they qualify best for, the consented channel of that qualification, and the next
   * time at their most active hour that the contact frequency cap allows. Null when nothing in
   * the graph calls for a contact.
   */
  nextBestAction: Maybe<NextBestAction>;
  /** Orders, newest first. */
  orders: OrderConnection;
  /** Postal code. */
  postcode: Maybe<Scalars['String']['output']>;
  /** How ready this customer is to be approached about a subject, and why. */
  qualification: Qualification;
  /** Region, state or county. */
  region: Maybe<Scalars['String']['output']>;
  /** Other customers connected to this one, strongest connection first. */
  related: Array<RelatedCustomer>;
  /** The segments the customer belongs to (left null) or belonged to, newest first. */
  segments: Array<SegmentMembership>;
  /** What the customer said in public, newest first. */
  socialSignals: SocialSignalConnection;
  /** The source records behind the profile, by source then id. */
  sourceRecords: SourceRecordConnection;
  /** Street address. */
  street: Maybe<Scalars['String']['output']>;
  /** The topics the customer cares about: talked about, searched or browsed; most engaged first. */
  topics: Array<TopicInterest>;
  /** Touchpoints, newest first. */
  touchpoints: TouchpointConnection;
  /** When any part of the profile last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** The unified profile of one real person: the golden record built from every source. */
export type CustomerAttributeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  attribute?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The unified profile of one real person: the golden record built from every source. */
export type CustomerJourneyArgs = {
  channels?: InputMaybe<Array<Scalars['String']['input']>>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** The unified profile of one real person: the golden record built from every source. */
export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The unified profile of one real person: the golden record built from every source. */
export type CustomerQualificationArgs = {
  subject: LeadSubject;
};


/** The unified profile of one real person: the golden record built from every source. */
export type CustomerRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The unified profile of one real person: the golden record built from every source. */
export type CustomerSocialSignalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The unified profile of one real person: the golden record built from every source. */
export type CustomerSourceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The unified profile of one real person: the golden record built from every source. */
export type CustomerTouchpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  channels?: InputMaybe<Array<Scalars['String']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of customers. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The customers of this page, each with its cursor. */
  edges: Array<CustomerEdge>;
  /** The customers of this page. */
  nodes: Array<Customer>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many customers the whole list has (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A customer in a page. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Where this customer sits in the list. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: Customer;
};

/** A data-subject access export. */
export type CustomerExport = {
  __typename?: 'CustomerExport';
  /** The customer exported (the survivor when a merged-away id was given). */
  customerId: Scalars['ID']['output'];
  /**
   * The document (format `customer-graph/personal-data-export/v1`): every kind of personal data
   * at once, so it is marked with the kind that singles a person out.
   */
  document: Scalars['JSON']['output'];
  /** When the export was made. */
  exportedAt: Scalars['DateTime']['output'];
};

/** Conditions on customers; all given conditions must hold. */
export type CustomerFilter = {
  /** Country of residence (ISO 3166-1 alpha-2). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** First appeared before this instant. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** First appeared at or after this instant. */
  createdSince?: InputMaybe<Scalars['DateTime']['input']>;
  /** Family name, exactly (case-insensitive). */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Lifecycle stage: lead, prospect, customer or lapsed. */
  lifecycleStage?: InputMaybe<Scalars['String']['input']>;
};

/** Customers merged into one. */
export type CustomerMerged = {
  __typename?: 'CustomerMerged';
  /** The ids of the customers merged into it (they no longer exist). */
  absorbedIds: Array<Scalars['ID']['output']>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Why they were merged (the identifier or match that linked them). */
  reason: Scalars['String']['output'];
  /** The customer that remains, holding everything of the others. */
  survivor: Customer;
};

/**
 * Order and engagement figures of a customer. Recency, frequency and monetary scores go from 1
 * (lowest fifth of customers who ordered) to 5 (highest fifth); null for a customer with no order.
 */
export type CustomerMetrics = {
  __typename?: 'CustomerMetrics';
  /** Lifetime value divided by the number of orders. */
  averageOrderValue: Maybe<Money>;
  /** The first order or touchpoint. */
  firstSeenAt: Maybe<Scalars['DateTime']['output']>;
  /** 1 to 5: how often the customer orders, against all customers. */
  frequencyScore: Maybe<Scalars['Int']['output']>;
  /** The latest order or touchpoint. */
  lastSeenAt: Maybe<Scalars['DateTime']['output']>;
  /** Sum of all orders (in the currency most of them used). */
  lifetimeValue: Maybe<Money>;
  /** 1 to 5: how much the customer spends, against all customers. */
  monetaryScore: Maybe<Scalars['Int']['output']>;
  /** Number of orders. */
  orderCount: Scalars['Int']['output'];
  /** Days since the latest order. */
  recencyDays: Maybe<Scalars['Int']['output']>;
  /** 1 to 5: how recently the customer ordered, against all customers. */
  recencyScore: Maybe<Scalars['Int']['output']>;
};

/** How to order a list of customers. */
export type CustomerOrder = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** The attribute to order by. */
  field: CustomerOrderField;
};

/** Attributes customers can be ordered by. */
export type CustomerOrderField =
  /** When the customer first appeared in the graph. */
  | 'CREATED_AT'
  /** Family name, then given name. */
  | 'FAMILY_NAME'
  /** When any part of the profile last changed. */
  | 'UPDATED_AT';

/** A customer or contact record. Dates as YYYY-MM-DD; times as ISO-8601. */
export type CustomerRecordInput = {
  birthDate?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166 code or English name. */
  country?: InputMaybe<Scalars['String']['input']>;
  crmId?: InputMaybe<Scalars['String']['input']>;
  deviceId?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  familyName?: InputMaybe<Scalars['String']['input']>;
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** lead, prospect, customer or lapsed. */
  lifecycleStage?: InputMaybe<Scalars['String']['input']>;
  loyaltyId?: InputMaybe<Scalars['String']['input']>;
  nationalId?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  socialHandle?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['String']['input'];
  street?: InputMaybe<Scalars['String']['input']>;
  /** Version of the record in its source; an older version than the one held changes nothing. */
  updatedAt?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};

/** A merge undone. */
export type CustomerSplit = {
  __typename?: 'CustomerSplit';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The customer(s) it was split from. */
  from: Array<Customer>;
  /** The customer split off again, with its own records. */
  restored: Customer;
};

/** What an erasure removed. */
export type Erasure = {
  __typename?: 'Erasure';
  /** True when the id had been erased before: nothing changed. */
  alreadyErased: Scalars['Boolean']['output'];
  /** Attribute changes deleted. */
  attributeChanges: Scalars['Int']['output'];
  /** Consent events deleted. */
  consents: Scalars['Int']['output'];
  /** The customer erased (the survivor when a merged-away id was given); it now stands for no one. */
  customerId: Scalars['ID']['output'];
  /** Customers merged into this one, deleted. */
  mergedCustomers: Scalars['Int']['output'];
  /** Orders kept for totals, moved to the anonymous customer. */
  ordersAnonymised: Scalars['Int']['output'];
  /** Identifiers another person's records still hold (a family email): kept for them, not suppressed. */
  sharedIdentifiersKept: Scalars['Int']['output'];
  /** Social signals deleted. */
  socialSignals: Scalars['Int']['output'];
  /** Source records deleted. */
  sourceRecords: Scalars['Int']['output'];
  /** Identifiers deleted and suppressed. */
  suppressions: Scalars['Int']['output'];
  /** Touchpoints deleted. */
  touchpoints: Scalars['Int']['output'];
};

/** People held back from an activation for one reason. */
export type HeldBack = {
  __typename?: 'HeldBack';
  /** How many. */
  count: Scalars['Int']['output'];
  /** Why, e.g. "withdrew EMAIL_MARKETING" or "no email". */
  reason: Scalars['String']['output'];
};

/** Customers who live together or share identifiers. */
export type Household = {
  __typename?: 'Household';
  /** When it was detected. */
  detectedAt: Scalars['DateTime']['output'];
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Its members. */
  members: Array<Customer>;
  /** How many customers it has. */
  size: Scalars['Int']['output'];
};

/** Belonging to a household. */
export type HouseholdCondition = {
  /** The smallest household size that counts (2 or more). */
  minSize: Scalars['Int']['input'];
};

/** What a household detection found. */
export type HouseholdDetection = {
  __typename?: 'HouseholdDetection';
  /** Customers in them. */
  customers: Scalars['Int']['output'];
  /** Households of two or more customers. */
  households: Scalars['Int']['output'];
};

/** One identifier of a customer, unique across the graph by type and value. */
export type Identity = {
  __typename?: 'Identity';
  /** When the graph first saw this identifier. */
  firstSeenAt: Maybe<Scalars['DateTime']['output']>;
  /** What kind of identifier this is. */
  type: IdentityType;
  /** The standardised value: a lower-case email, an E.164 phone number, a source's own id. */
  value: Scalars['String']['output'];
};

/** The kinds of identifier that can point at a customer. */
export type IdentityType =
  /** The id of the person in a CRM. */
  | 'CRM_ID'
  /** A device or cookie id seen by web or app analytics. */
  | 'DEVICE_ID'
  /** An email address, lower-cased. */
  | 'EMAIL'
  /** A loyalty card or programme number. */
  | 'LOYALTY_ID'
  /** A national identity number. */
  | 'NATIONAL_ID'
  /** A phone number in E.164 form. */
  | 'PHONE'
  /** A handle on a social platform, as platform:handle. */
  | 'SOCIAL_HANDLE'
  /** An app's own id of its signed-in user (the Segment Spec's userId). */
  | 'USER_ID';

/** What happened to a batch of records, in total and record by record. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** New records written. */
  accepted: Scalars['Int']['output'];
  /** Customers merged into another because a record connected them. */
  merges: Scalars['Int']['output'];
  /** One result per input record, in input order. */
  records: Array<RecordResult>;
  /** Records refused, each with its reasons in `records`. */
  rejected: Scalars['Int']['output'];
  /** Rows a skip rule of the source's mapping left out (`ingestRows` only). */
  skipped: Scalars['Int']['output'];
  /** Records identical to (or older than) what the graph already holds: nothing was written. */
  unchanged: Scalars['Int']['output'];
  /** Records that replaced an older version. */
  updated: Scalars['Int']['output'];
};

/** A customer's path through touchpoints and orders. */
export type Journey = {
  __typename?: 'Journey';
  /** Where consecutive steps of `steps` changed channel. */
  channelSwitches: ChannelSwitches;
  /**
   * The stage of the customer's latest event (a step, or a social signal newer than every step),
   * whatever the filters. Null without any event.
   */
  currentStage: Maybe<JourneyStage>;
  /** The customer's first step ever, whatever the filters: where they entered. Null without any step. */
  entry: Maybe<JourneyStep>;
  /** The steps, oldest first (within the `since`, `until` and `channels` asked for). */
  steps: Array<JourneyStep>;
};

/** Customers who never ordered, whose journeys stop at the same kind of step. */
export type JourneyDropOff = {
  __typename?: 'JourneyDropOff';
  /** The channel of their last step. */
  channel: Scalars['String']['output'];
  /** How many customers. */
  customers: Scalars['Int']['output'];
  /** Their share of all customers with touchpoints and no order, 0 to 1. */
  share: Scalars['Float']['output'];
  /** The stage of their last step. */
  stage: JourneyStage;
  /** The type of their last step (PAGE_VIEW, CART...). */
  type: Scalars['String']['output'];
};

/** Customers who entered on one channel, from one country. */
export type JourneyEntryPoint = {
  __typename?: 'JourneyEntryPoint';
  /** The channel of their first step. */
  channel: Scalars['String']['output'];
  /** Their country (ISO 3166-1 alpha-2); null when unknown. */
  country: Maybe<Scalars['String']['output']>;
  /** How many customers. */
  customers: Scalars['Int']['output'];
  /** Their share of all customers with a journey, 0 to 1. */
  share: Scalars['Float']['output'];
};

/** A sequence of steps ending in a first order, and how many customers took it. */
export type JourneyPath = {
  __typename?: 'JourneyPath';
  /** How many customers took exactly this path. */
  customers: Scalars['Int']['output'];
  /** Their share of the customers who bought within the step limit, 0 to 1. */
  share: Scalars['Float']['output'];
  /** The steps, first to the order: channel names, or stage names (AWARENESS...). */
  steps: Array<Scalars['String']['output']>;
};

/** How a path is spelled. */
export type JourneyPathDimension =
  /** By the channel of each step. */
  | 'CHANNEL'
  /** By the stage of each step. */
  | 'STAGE';

/** The most common paths to a first purchase. */
export type JourneyPathStatistics = {
  __typename?: 'JourneyPathStatistics';
  /** How the paths are spelled. */
  by: JourneyPathDimension;
  /** Customers whose first order came within `maxSteps` steps of their first step. */
  customers: Scalars['Int']['output'];
  /** The longest path counted, the order included. */
  maxSteps: Scalars['Int']['output'];
  /** The most common paths, most customers first. */
  paths: Array<JourneyPath>;
};

/** Stages of the buying cycle, from first contact to recommending the company. */
export type JourneyStage =
  /** A buyer recommending the company: a survey score of 9 or more, a positive review or post. */
  | 'ADVOCACY'
  /** Reached or browsing: an ad click, an email open, a general page view, a social follow. */
  | 'AWARENESS'
  /** Weighing a purchase: a site search, a product page, a cart, an email click, a form. */
  | 'CONSIDERATION'
  /** Buying: an order. */
  | 'PURCHASE'
  /** After a first purchase: opens, visits, support contacts and anything short of advocacy. */
  | 'RETENTION';

/** One step of a journey: a touchpoint or an order. */
export type JourneyStep = {
  __typename?: 'JourneyStep';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The channel it happened on: for a social signal, its platform (instagram, tiktok...). */
  channel: Scalars['String']['output'];
  /** Whether its channel differs from the previous step's (false for the first step). */
  channelChanged: Scalars['Boolean']['output'];
  /** The touchpoint's, order's or signal's id (source|sourceId). */
  id: Scalars['ID']['output'];
  /** Whether the step is an order, a touchpoint or a social signal. */
  kind: JourneyStepKind;
  /** The stage of the buying cycle this step stands for. */
  stage: JourneyStage;
  /** The touchpoint's type (PAGE_VIEW, SITE_SEARCH, CART...), the signal's (MENTION, POST, REVIEW, FOLLOW), or ORDER for an order. */
  type: Scalars['String']['output'];
};

/** What a journey step is. */
export type JourneyStepKind =
  /** An order the customer placed. */
  | 'ORDER'
  /** Something the customer said or did in public: a mention, post, review or follow. */
  | 'SOCIAL_SIGNAL'
  /** Something else the customer did: a page view, a search, an email click, a store visit... */
  | 'TOUCHPOINT';

/** A page of leads, readiest first. */
export type LeadConnection = {
  __typename?: 'LeadConnection';
  /** The leads of this page, each with its cursor. */
  edges: Array<LeadEdge>;
  /** The leads of this page. */
  nodes: Array<Qualification>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many people the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** A lead in a page. */
export type LeadEdge = {
  __typename?: 'LeadEdge';
  /** Where this lead sits in the list. */
  cursor: Scalars['String']['output'];
  /** The lead. */
  node: Qualification;
};

/** The kinds of fact lead qualification weighs. */
export type LeadFactKind =
  /** Bought in a related category. */
  | 'BOUGHT'
  /** Viewed, carted or clicked an ad for the subject. */
  | 'BROWSED'
  /** Had a recent unresolved support contact or gave a low survey score. */
  | 'COMPLAINED'
  /** Searched for the subject's terms. */
  | 'SEARCHED'
  /** Talked about the subject in public: a mention, post or review. */
  | 'TALKED';

/** A lead list to activate. */
export type LeadListInput = {
  /** Only people with this recommendation (everyone but NONE when absent). */
  recommendation?: InputMaybe<LeadRecommendation>;
  /** What the people were qualified for. */
  subject: LeadSubject;
};

/** A change of one person's recommendation for a subject. */
export type LeadQualified = {
  __typename?: 'LeadQualified';
  /** When the change was seen. */
  at: Scalars['DateTime']['output'];
  /** The recommendation the person had before. */
  previous: LeadRecommendation;
  /** The person's qualification now: recommendation, score, channel and reasons. */
  qualification: Qualification;
};

/** A graph fact behind a qualification. */
export type LeadReason = {
  __typename?: 'LeadReason';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The id of the signal, touchpoint or order. */
  factId: Scalars['ID']['output'];
  /** What kind of fact it is. */
  kind: LeadFactKind;
  /** The fact in words, e.g. "review on instagram about Espresso machine on 2026-02-15 (sentiment 0.8)". */
  text: Scalars['String']['output'];
};

/** What to do with a person, for a subject. */
export type LeadRecommendation =
  /** They only searched or browsed it: nurture them with a campaign. */
  | 'EARLY_STAGE_CAMPAIGN'
  /** Nothing in the graph speaks for approaching them. */
  | 'NONE'
  /** They already talk about it in public: call them. */
  | 'SALES_CALL'
  /** They have a recent unresolved or unhappy service contact: solve that first. */
  | 'SERVICE_FIRST'
  /** They bought in a related category: offer them more. */
  | 'UPSELL';

/** What to qualify people for: exactly one of a product, a category or a topic. */
export type LeadSubject = {
  /** A category path, e.g. "Home > Kitchen"; its subcategories count too. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** A product's SKU. */
  sku?: InputMaybe<Scalars['ID']['input']>;
  /** A topic's name. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** What a fuzzy matching run did. */
export type MatchingResult = {
  __typename?: 'MatchingResult';
  /** Candidate pairs scored (after blocking). */
  compared: Scalars['Int']['output'];
  /** Customers merged into another. */
  merged: Scalars['Int']['output'];
  /** Customer records compared. */
  records: Scalars['Int']['output'];
  /** Merges the identity rules refused, with the reason. */
  refused: Array<Scalars['String']['output']>;
  /** Pairs kept for a person to review. */
  reviewPairs: Scalars['Int']['output'];
};

/** Order and engagement figures; every field given must hold. */
export type MetricsCondition = {
  /** Last seen (latest order or touchpoint) at or after this instant. */
  lastSeenAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Seen at least once, and last seen before this instant. */
  lastSeenBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Lifetime value of at most this decimal amount. */
  maxLifetimeValue?: InputMaybe<Scalars['String']['input']>;
  /** At most this many orders. */
  maxOrders?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Lifetime value of at least this decimal amount, e.g. "500.00": as in Customer.metrics, the sum of
   * the orders in the currency most of the customer's orders used (0 with none).
   */
  minLifetimeValue?: InputMaybe<Scalars['String']['input']>;
  /** At least this many orders. */
  minOrders?: InputMaybe<Scalars['Int']['input']>;
};

/** An amount of money, exact: in hundredths of the currency unit, and as a decimal string. */
export type Money = {
  __typename?: 'Money';
  /** The amount as a decimal string with two decimals, e.g. "249.90". */
  amount: Scalars['String']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
  /** The amount in hundredths (cents, pence), an integer. */
  minor: Scalars['Int']['output'];
};

/** Writes into the customer graph. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Sends an audience, a segment or a lead list to a configured destination (rules/destinations.yaml):
   * only people whose latest consent for the destination's purpose is GRANTED and who have the
   * identifier its channel needs, with only the fields it may receive. `dryRun` counts without
   * sending.
   */
  activate: ActivationResult;
  /** Adds customers to a static segment. */
  addToSegment: Segment;
  /**
   * A steward decides that two customers of the review queue are one person: they merge (within
   * the identity rules: a merge the rules forbid is refused with the reason) and the pair leaves
   * the queue. Audited.
   */
  confirmMatch: Customer;
  /**
   * A new API key for a machine client, acting in one role. The secret is in the answer and
   * nowhere else: only its hash is stored.
   */
  createApiKey: NewApiKey;
  /**
   * Creates a segment: dynamic when given an audience filter (its members are whoever the filter
   * selects, kept up to date as records arrive), static when given customer ids.
   */
  createSegment: Segment;
  /**
   * Finds the clusters of similar buyers again, in the graph: customers whose baskets (distinct
   * products ordered, less the products too popular to tell buyers apart) overlap enough are
   * linked, and label propagation over the links forms the clusters (rules/buyer-clusters.yaml).
   * Replaces the previous clusters; over the same purchases it gives the same clusters and ids.
   */
  detectBuyerClusters: BuyerClusterDetection;
  /**
   * Finds the households again: customers tied by a shared identifier (a family email, a shared
   * phone or device) or the same address, transitively. Replaces the previous households.
   */
  detectHouseholds: HouseholdDetection;
  /**
   * Erases a person (right to erasure): names, address, birth date, identifiers, source records,
   * touchpoints, social signals, consents, attribute history and customers merged into them leave
   * the graph; orders stay, anonymised, so revenue totals are unchanged; audit entries stay (they
   * hold ids and field names only). Each identifier no other person holds leaves a suppression
   * (a keyed hash), so records carrying it are refused until `liftSuppression`. An id merged away
   * erases its survivor. Erasing again changes nothing and says so.
   */
  eraseCustomer: Erasure;
  /** Ingests consent events (granted or withdrawn, per purpose). */
  ingestConsents: IngestResult;
  /**
   * Ingests customer or contact records of one source, through the same pipeline as file imports:
   * standardised, resolved to customers, idempotent by (source, sourceId). At most 1000 records.
   */
  ingestCustomers: IngestResult;
  /** Ingests orders with their lines; each names its customer. */
  ingestOrders: IngestResult;
  /** Ingests catalog records: products by SKU (the sourceId) in their category path. */
  ingestProducts: IngestResult;
  /**
   * Ingests rows in a registered source's own shape (its column names, vocabulary and formats), mapped
   * by that source's mapping file as its exports are, then through the same pipeline. At most 1000 rows.
   */
  ingestRows: IngestResult;
  /** Ingests what people say in public: mentions, posts, reviews, follows. */
  ingestSocialSignals: IngestResult;
  /** Ingests journey events: page views, searches, email opens, store visits, support contacts... */
  ingestTouchpoints: IngestResult;
  /**
   * Lifts the suppression of an erased person's identifier, so records carrying it are accepted
   * again: for a person who comes back knowingly, on a new lawful basis (kept with the lift).
   */
  liftSuppression: SuppressionLift;
  /**
   * Runs fuzzy matching over every customer record: pairs above the automatic threshold are merged
   * (within the identity rules), pairs in the review band are kept as possible matches.
   */
  matchCustomers: MatchingResult;
  /** Re-evaluates a dynamic segment over every customer now; tells who entered and who left. */
  refreshSegment: SegmentSize;
  /**
   * A steward decides that two customers are different people: they are marked NOT_SAME_AS, the
   * pair leaves the queue and is never proposed or merged again. Audited.
   */
  rejectMatch: Scalars['Boolean']['output'];
  /** Takes customers out of a static segment. */
  removeFromSegment: Segment;
  /** Revokes a key (within ten seconds on every running instance). Null when no key has this id. */
  revokeApiKey: Maybe<ApiKey>;
  /**
   * Records a consent decision made through the service (a preference centre, an agent on the
   * phone) as a new event in the customer's consent history, beside the ones that arrive by
   * ingestion; the latest event for a purpose is the one in force everywhere data leaves
   * (activation, leads, next best action, audiences). Returns the purpose's state and history.
   */
  setConsent: ConsentState;
  /**
   * Splits a wrong merge back: the customer `id` (merged into another) gets back the source records
   * it brought and every fact tied to them, and the two are never merged again.
   */
  unmergeCustomer: UnmergeResult;
};


/** Writes into the customer graph. */
export type MutationActivateArgs = {
  destination: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  source: ActivationSourceInput;
};


/** Writes into the customer graph. */
export type MutationAddToSegmentArgs = {
  customerIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationConfirmMatchArgs = {
  customerIds: Array<Scalars['ID']['input']>;
};


/** Writes into the customer graph. */
export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  role: Role;
};


/** Writes into the customer graph. */
export type MutationCreateSegmentArgs = {
  customerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AudienceFilter>;
  name: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationEraseCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** Writes into the customer graph. */
export type MutationIngestConsentsArgs = {
  records: Array<ConsentRecordInput>;
  source: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationIngestCustomersArgs = {
  records: Array<CustomerRecordInput>;
  source: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationIngestOrdersArgs = {
  records: Array<OrderRecordInput>;
  source: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationIngestProductsArgs = {
  records: Array<ProductRecordInput>;
  source: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationIngestRowsArgs = {
  kind: RecordKind;
  rows: Array<Scalars['JSON']['input']>;
  source: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationIngestSocialSignalsArgs = {
  records: Array<SocialSignalRecordInput>;
  source: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationIngestTouchpointsArgs = {
  records: Array<TouchpointRecordInput>;
  source: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationLiftSuppressionArgs = {
  basis: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  type: SuppressionType;
  value: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationRefreshSegmentArgs = {
  name: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationRejectMatchArgs = {
  customerIds: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationRemoveFromSegmentArgs = {
  customerIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};


/** Writes into the customer graph. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Writes into the customer graph. */
export type MutationSetConsentArgs = {
  customerId: Scalars['ID']['input'];
  purpose: ConsentPurpose;
  source: Scalars['String']['input'];
  status: ConsentStatus;
};


/** Writes into the customer graph. */
export type MutationUnmergeCustomerArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** A key just created: the only time its secret is shown. */
export type NewApiKey = {
  __typename?: 'NewApiKey';
  /** The key. */
  key: ApiKey;
  /** The whole key to send as `Authorization: Bearer <secret>`. Store it in a secret manager now. */
  secret: Scalars['String']['output'];
};

/** The next contact to make with a customer. */
export type NextBestAction = {
  __typename?: 'NextBestAction';
  /** The hour of the day (UTC, 0 to 23) the customer is most active; null when unknown. */
  activeHour: Maybe<Scalars['Int']['output']>;
  /** When to make the contact. */
  at: Scalars['DateTime']['output'];
  /** Whether the contact frequency cap pushed the contact later. */
  capped: Scalars['Boolean']['output'];
  /** Where: the most used channel whose consent is granted; null when none is (then do not contact). */
  channel: Maybe<Scalars['String']['output']>;
  /** Why: the graph facts behind it. */
  reasons: Array<LeadReason>;
  /** How: the lead recommendation for that topic. */
  recommendation: LeadRecommendation;
  /** What to talk about. */
  topic: Topic;
};

/** An order (a transaction) with its lines. */
export type Order = {
  __typename?: 'Order';
  /** The channel it was placed through. */
  channel: Maybe<Scalars['String']['output']>;
  /** source|sourceId of the order record. */
  id: Scalars['ID']['output'];
  /** What was bought. */
  lines: Array<OrderLine>;
  /** When it was placed. */
  placedAt: Scalars['DateTime']['output'];
  /** The order's total, the sum of its lines. */
  total: Money;
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page, each with its cursor. */
  edges: Array<OrderEdge>;
  /** The orders of this page. */
  nodes: Array<Order>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many orders the whole list has (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** Order direction. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** An order in a page. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Where this order sits in the list. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** One line of an order. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** The product bought. */
  product: Product;
  /** How many. */
  quantity: Scalars['Int']['output'];
  /** Price of one, in the order's currency. */
  unitPrice: Money;
};

/** One line of an order. */
export type OrderLineInput = {
  quantity?: InputMaybe<Scalars['Int']['input']>;
  sku?: InputMaybe<Scalars['String']['input']>;
  /** A decimal amount per unit, e.g. "19.99". */
  unitPrice?: InputMaybe<Scalars['String']['input']>;
};

/** An order (a transaction) with its lines. */
export type OrderRecordInput = {
  /** WEB, MOBILE_APP, EMAIL, SMS, STORE, CALL_CENTRE, SOCIAL, ADS or PARTNER. */
  channel?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  lines?: InputMaybe<Array<OrderLineInput>>;
  person: PersonReferenceInput;
  placedAt?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['String']['input'];
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

/** Where a page ends, to ask for the next. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of the page; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Who an event is about: the sourceId of a customer record of the same source, or any identifier.
 * At least one is needed. Values are standardised as on import (emails lower-cased, phones to E.164).
 */
export type PersonReferenceInput = {
  crmId?: InputMaybe<Scalars['String']['input']>;
  customerSourceId?: InputMaybe<Scalars['String']['input']>;
  deviceId?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  loyaltyId?: InputMaybe<Scalars['String']['input']>;
  nationalId?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** platform:handle, e.g. instagram:jane.doe */
  socialHandle?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};

/** Kinds of personal data, each visible only to the roles cleared for it. */
export type PersonalKind =
  /** Street and postcode (city, region and country are not personal on their own). */
  | 'ADDRESS'
  /** Date of birth. */
  | 'BIRTH_DATE'
  /** Email addresses and phone numbers. */
  | 'CONTACT'
  /** What a person wrote: post texts, review texts, search terms. */
  | 'CONTENT'
  /** The customer id itself: the analyst role sees a stable pseudonym instead. */
  | 'CUSTOMER_ID'
  /** Identifiers that single a person out elsewhere: social handles, device and loyalty ids, source ids. */
  | 'IDENTIFIER'
  /** An identifier's value: CONTACT for email and phone identities, IDENTIFIER for the others. */
  | 'IDENTITY_VALUE'
  /** Given and family names. */
  | 'NAME'
  /**
   * A profile attribute's value, of the kind of the attribute it belongs to: NAME for given and
   * family names, ADDRESS for street and postcode, BIRTH_DATE for the birth date; not personal otherwise.
   */
  | 'PROFILE_VALUE';

/** Two customers that may be one person, waiting for a person to decide. */
export type PossibleMatch = {
  __typename?: 'PossibleMatch';
  /** When matching last scored the pair. */
  at: Scalars['DateTime']['output'];
  /** One customer of the pair (the smaller id). */
  customer: Customer;
  /** The other customer of the pair. */
  other: Customer;
  /** The evidence in words, strongest for first, then any household rule that held it down. */
  reasons: Array<Scalars['String']['output']>;
  /** Probability (0..1) that the two are one person. */
  score: Scalars['Float']['output'];
};

/** A page of the review queue. */
export type PossibleMatchConnection = {
  __typename?: 'PossibleMatchConnection';
  /** The pairs of this page. */
  nodes: Array<PossibleMatch>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many pairs match the filters (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A product of the catalog. */
export type Product = {
  __typename?: 'Product';
  /** Products bought by the same customers, most shared buyers first. */
  alsoBought: Array<CoPurchase>;
  /** Its brand. */
  brand: Maybe<Scalars['String']['output']>;
  /** Customers who bought it, by latest purchase first. */
  buyers: CustomerConnection;
  /** Its category path from the root, e.g. Home, Kitchen, Coffee. */
  categoryPath: Array<Category>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its list price. */
  price: Maybe<Money>;
  /** The social signals that mention it, newest first. */
  signals: SocialSignalConnection;
  /** Its SKU. */
  sku: Scalars['ID']['output'];
  /** What people say about it: signal counts and sentiment. */
  talk: ProductTalk;
  /** The topics it is about. */
  topics: Array<Scalars['String']['output']>;
};


/** A product of the catalog. */
export type ProductAlsoBoughtArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A product of the catalog. */
export type ProductBuyersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A product of the catalog. */
export type ProductSignalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A product of the catalog; its sourceId is its SKU. */
export type ProductRecordInput = {
  brand?: InputMaybe<Scalars['String']['input']>;
  /** From the root down, e.g. ["Home", "Kitchen", "Coffee makers"]. */
  categoryPath?: InputMaybe<Array<Scalars['String']['input']>>;
  currency?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** A decimal amount, e.g. "249.90". */
  price?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['String']['input'];
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

/** What people say about a product. */
export type ProductTalk = {
  __typename?: 'ProductTalk';
  /** Average sentiment of the signals that have one. */
  averageSentiment: Maybe<Scalars['Float']['output']>;
  /** Distinct customers who talked about it. */
  customers: Scalars['Int']['output'];
  /** Signals with a negative sentiment (below -0.2). */
  negative: Scalars['Int']['output'];
  /** Signals with a neutral sentiment (-0.2 to 0.2) or none. */
  neutral: Scalars['Int']['output'];
  /** Signals with a positive sentiment (above 0.2). */
  positive: Scalars['Int']['output'];
  /** Signals mentioning it. */
  signals: Scalars['Int']['output'];
};

/** Profile attributes; every field given must hold. */
export type ProfileCondition = {
  /** City, exactly (case-insensitive). */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Country of residence (ISO 3166-1 alpha-2 code or English name). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** First appeared before this instant. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** First appeared at or after this instant. */
  createdSince?: InputMaybe<Scalars['DateTime']['input']>;
  /** Family name, exactly (case-insensitive). */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Lifecycle stage: lead, prospect, customer or lapsed. */
  lifecycleStage?: InputMaybe<Scalars['String']['input']>;
  /** Region, state or county, exactly (case-insensitive). */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** What a customer ordered: a line of an order matching every field given. */
export type PurchaseCondition = {
  /** A product of this category or any of its subcategories, as a path from the root, e.g. "Home > Kitchen". */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Ordered through one of these channels (WEB, MOBILE_APP, STORE...). */
  channels?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Spent at least this much (a decimal amount, e.g. "100.00") on the matching order lines in total:
   * quantity times unit price, summed over every line that matches the other fields.
   */
  minSpend?: InputMaybe<Scalars['String']['input']>;
  /** Ordered at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** One of these products (SKUs). */
  skus?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * A product one of these topics covers: linked to it by the catalogue, or with the topic's words (or a
   * synonym's, rules/topics.yaml) in its name or category path.
   */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ordered before this instant. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A person's readiness for a subject. */
export type Qualification = {
  __typename?: 'Qualification';
  /** The channel to use: the person's most used channel whose consent is granted; null when none is. */
  channel: Maybe<Scalars['String']['output']>;
  /** Who. */
  customer: Customer;
  /** The graph facts behind it, those that decided the recommendation first, newest first. */
  reasons: Array<LeadReason>;
  /** What to do. */
  recommendation: LeadRecommendation;
  /** Recency-weighted sum of the facts' weights (higher is readier). */
  score: Scalars['Float']['output'];
};

/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type Query = {
  __typename?: 'Query';
  /** Every API key, newest first. Secrets are never stored, so never shown. */
  apiKeys: Array<ApiKey>;
  /**
   * An audience: the customers a cross-category filter selects (who bought what, did what, said
   * what, agreed to what, who they are and how they buy), in id order. The filter compiles to
   * parameterised Cypher made of vetted fragments; `compiled` shows it.
   */
  audience: AudienceConnection;
  /**
   * The audit log, newest first: every read of personal fields and every write, with who, in which
   * role, about which customers, which fields and the request id. Entries are kept for the
   * retention the service is configured with (AUDIT_RETENTION_DAYS).
   */
  auditLog: AuditEntryConnection;
  /** The clusters of similar buyers (as of the last detection), largest first, with what each buys. */
  buyerClusters: BuyerClusterConnection;
  /** A channel by name (WEB, MOBILE_APP, EMAIL, SMS, STORE, CALL_CENTRE, SOCIAL, ADS, PARTNER). */
  channel: Maybe<Channel>;
  /**
   * The Cypher and parameters an audience filter compiles to, for analysts to run in cypher-shell
   * or Neo4j Browser: the statement of the first page (of 100); change `$after` and `$limit` to page.
   */
  compileAudience: CompiledAudience;
  /**
   * One customer by id. An id merged into another customer resolves to the survivor. Null when no
   * customer ever had this id.
   */
  customer: Maybe<Customer>;
  /**
   * The customer holding an identifier. The value is standardised as on import (emails lower-cased,
   * phones to E.164 in `region`). When several customers share it (a family email), the oldest.
   */
  customerByIdentity: Maybe<Customer>;
  /** Customers matching a filter, in the order asked for. */
  customers: CustomerConnection;
  /**
   * Everything the graph holds about a person (right of access), as one JSON document: profile
   * and the source of each value, identities, source records, orders with lines, touchpoints,
   * social signals, consents with history, attribute history, merges, segment memberships,
   * household, exports that sent them somewhere, and the audit of access to their data. An id
   * merged away resolves to the survivor; the document covers every record merged into it.
   */
  exportCustomer: CustomerExport;
  /**
   * Where journeys stop before buying: customers who never ordered, grouped by the type, channel
   * and stage of their last step; largest groups first.
   */
  journeyDropOffs: Array<JourneyDropOff>;
  /** Where customers enter: the channel of each customer's first step, by the customer's country; largest groups first. */
  journeyEntryPoints: Array<JourneyEntryPoint>;
  /**
   * The most common paths to a first purchase: from each customer's first step to their first
   * order, when that order is at most `maxSteps` steps in, spelled by channel or by stage; most
   * common first.
   */
  journeyPaths: JourneyPathStatistics;
  /**
   * People ranked by how ready they are to be approached about a subject, from the graph around
   * each of them (rules/leads.yaml). Without `recommendation`, everyone but NONE.
   */
  leads: LeadConnection;
  /** Who this request acts as: the token's subject or the API key's name, and the role. */
  me: Caller;
  /** One product by SKU. */
  product: Maybe<Product>;
  /**
   * The data steward's review queue: pairs of customers that may be one person, strongest first,
   * each stored once, with the score and the evidence in words. Filter by score band and by the
   * source of either customer's records.
   */
  reviewQueue: PossibleMatchConnection;
  /**
   * Runs a saved query in a read transaction. Columns holding personal data come back masked for
   * roles not cleared for them (customer ids as pseudonyms), as everywhere in the API.
   */
  runSavedQuery: SavedQueryAnswer;
  /** The saved queries, with what each answers and the parameters it takes. */
  savedQueries: Array<SavedQuery>;
  /**
   * Full-text search over names, emails and social handles, best matches first. Words are matched
   * as typed, with typo tolerance; no search syntax is interpreted.
   */
  search: CustomerConnection;
  /** One segment by name. */
  segment: Maybe<Segment>;
  /** Every segment, by name. */
  segments: Array<Segment>;
  /** A topic people talk about or browse, by name (lower case). */
  topic: Maybe<Topic>;
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryAudienceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: AudienceFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryAuditLogArgs = {
  action?: InputMaybe<AuditAction>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryBuyerClustersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryChannelArgs = {
  name: Scalars['String']['input'];
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryCompileAudienceArgs = {
  filter: AudienceFilter;
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryCustomerByIdentityArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  type: IdentityType;
  value: Scalars['String']['input'];
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CustomerOrder>;
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryExportCustomerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryJourneyDropOffsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryJourneyEntryPointsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryJourneyPathsArgs = {
  by?: InputMaybe<JourneyPathDimension>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxSteps?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  recommendation?: InputMaybe<LeadRecommendation>;
  subject: LeadSubject;
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryProductArgs = {
  sku: Scalars['ID']['input'];
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxScore?: InputMaybe<Scalars['Float']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryRunSavedQueryArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  parameters?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QuerySegmentArgs = {
  name: Scalars['String']['input'];
};


/**
 * Questions to the customer graph. Lists that can grow are connections: pages of at most 100,
 * walked with `first` and the `endCursor` of the previous page (keyset cursors, stable while
 * records are added); `totalCount` is computed only when asked for.
 */
export type QueryTopicArgs = {
  name: Scalars['String']['input'];
};

/** The kinds of input record; their fields are listed in docs/source-fields.md. */
export type RecordKind =
  | 'CONSENT'
  | 'CUSTOMER'
  | 'ORDER'
  | 'PRODUCT'
  | 'SOCIAL_SIGNAL'
  | 'TOUCHPOINT';

/** The outcome of one input record. */
export type RecordResult = {
  __typename?: 'RecordResult';
  /** The customer the record belongs to, when it names a person and was written. */
  customerId: Maybe<Scalars['ID']['output']>;
  /** Why it was rejected, or what was noticed (a merge the rules refused, a blocked placeholder). */
  reasons: Array<Scalars['String']['output']>;
  /** The record's id in its source. */
  sourceId: Maybe<Scalars['String']['output']>;
  /** What happened to it. */
  status: RecordStatus;
};

/** What happened to an input record. */
export type RecordStatus =
  /** Written for the first time. */
  | 'ACCEPTED'
  /** Refused; nothing of it was written. */
  | 'REJECTED'
  /** Left out by a skip rule of the source's mapping (`ingestRows`); nothing written. */
  | 'SKIPPED'
  /** Already held as it is, or older than what is held: nothing written. */
  | 'UNCHANGED'
  /** Replaced an older version. */
  | 'UPDATED';

/** Another customer connected to this one, and why. */
export type RelatedCustomer = {
  __typename?: 'RelatedCustomer';
  /** The other customer. */
  customer: Customer;
  /** What connects them. */
  reasons: Array<RelationReason>;
  /** Identifiers both hold (a shared family email, a shared device). */
  sharedIdentities: Array<Identity>;
  /** Products both bought. */
  sharedProducts: Scalars['Int']['output'];
};

/** What connects two customers. */
export type RelationReason =
  /** They live at the same address (street, postcode and country): a household. */
  | 'SAME_ADDRESS'
  /** They hold an identifier in common. */
  | 'SHARED_IDENTIFIER'
  /** They bought at least two of the same products. */
  | 'SIMILAR_PURCHASES';

/** The teams that use the service, and the pipelines that feed it. */
export type Role =
  /** Runs the service: everything, plus keys, privacy requests and the audit log. */
  | 'ADMIN'
  /** Explores patterns: pseudonymous customer ids, never direct identifiers. */
  | 'ANALYST'
  /** A pipeline loading records: the ingest mutations and nothing else. */
  | 'INGEST'
  /** Builds audiences and campaigns: names and contact details, no addresses or birth dates. */
  | 'MARKETING'
  /** Qualifies leads and calls people: names, contact details, what they said in public. */
  | 'SALES'
  /** Helps customers who contact us: the whole profile, to verify and to help. */
  | 'SERVICE';

/** A saved analyst query. */
export type SavedQuery = {
  __typename?: 'SavedQuery';
  /** What it answers. */
  description: Scalars['String']['output'];
  /** Its name: the file under cypher/analyst/ without `.cypher`. */
  name: Scalars['String']['output'];
  /** The parameters it needs. */
  parameters: Array<SavedQueryParameter>;
  /** The columns holding personal data. */
  personalColumns: Array<Scalars['String']['output']>;
};

/** The rows of a saved query. */
export type SavedQueryAnswer = {
  __typename?: 'SavedQueryAnswer';
  /** The columns, in order. */
  columns: Array<Scalars['String']['output']>;
  /** The rows as a JSON array of objects keyed by column. */
  rows: Scalars['String']['output'];
  /** More rows matched than the limit let through. */
  truncated: Scalars['Boolean']['output'];
};

/** A parameter of a saved query. */
export type SavedQueryParameter = {
  __typename?: 'SavedQueryParameter';
  /** What it means and which values it takes. */
  description: Scalars['String']['output'];
  /** Its name, without the `$`. */
  name: Scalars['String']['output'];
};

/** A named group of customers. */
export type Segment = {
  __typename?: 'Segment';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is for. */
  description: Maybe<Scalars['String']['output']>;
  /** The audience filter of a dynamic segment, as JSON. */
  filter: Maybe<Scalars['String']['output']>;
  /** Its size over time: after each change, newest first. */
  history: Array<SegmentSize>;
  /** Dynamic (a filter) or static (a list). */
  kind: SegmentKind;
  /** Its current members, in id order. */
  members: CustomerConnection;
  /** Its unique name. */
  name: Scalars['String']['output'];
  /** When its membership last changed or was fully re-evaluated. */
  refreshedAt: Maybe<Scalars['DateTime']['output']>;
  /** How many members it has now. */
  size: Scalars['Int']['output'];
};


/** A named group of customers. */
export type SegmentHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named group of customers. */
export type SegmentMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Membership of a segment. */
export type SegmentCondition = {
  /** The segment's name. */
  name: Scalars['String']['input'];
};

/** Whether a segment's members come from a filter or a list. */
export type SegmentKind =
  /** Members are whoever its audience filter selects, kept up to date as records arrive. */
  | 'DYNAMIC'
  /** Members are set by hand. */
  | 'STATIC';

/** A customer's stint in a segment. */
export type SegmentMembership = {
  __typename?: 'SegmentMembership';
  /** When the customer entered. */
  entered: Scalars['DateTime']['output'];
  /** When the customer left; null while a member. */
  left: Maybe<Scalars['DateTime']['output']>;
  /** The segment. */
  segment: Segment;
};

/** A segment's size after a change. */
export type SegmentSize = {
  __typename?: 'SegmentSize';
  /** When (absent on the result of a refresh that changed nothing). */
  at: Maybe<Scalars['DateTime']['output']>;
  /** Customers who entered. */
  entered: Scalars['Int']['output'];
  /** Customers who left. */
  left: Scalars['Int']['output'];
  /** Members after the change. */
  size: Scalars['Int']['output'];
};

/** Buying like a given customer: baskets similar enough to be linked at the last buyer-cluster detection. */
export type SimilarBuyersCondition = {
  /** The given customer's id (a current one: an id merged into another customer finds no one). */
  customerId: Scalars['ID']['input'];
};

/** Something a customer said in public: a mention, a post, a review, a follow. */
export type SocialSignal = {
  __typename?: 'SocialSignal';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who said it. */
  customer: Maybe<Customer>;
  /** source|sourceId of the signal record. */
  id: Scalars['ID']['output'];
  /** The platform (e.g. instagram). */
  platform: Scalars['String']['output'];
  /** The products it mentions. */
  products: Array<Product>;
  /** From -1 (negative) to 1 (positive), when known. */
  sentiment: Maybe<Scalars['Float']['output']>;
  /** What was said. */
  text: Maybe<Scalars['String']['output']>;
  /** The topics it mentions. */
  topics: Array<Scalars['String']['output']>;
  /** MENTION, POST, REVIEW or FOLLOW. */
  type: Scalars['String']['output'];
};

/** A social signal of the customer matching every field given. */
export type SocialSignalCondition = {
  /** With a sentiment of at most this (-1 to 1); signals without a sentiment do not match. */
  maxSentiment?: InputMaybe<Scalars['Float']['input']>;
  /** With a sentiment of at least this (-1 to 1); signals without a sentiment do not match. */
  minSentiment?: InputMaybe<Scalars['Float']['input']>;
  /** On one of these platforms (e.g. instagram). */
  platforms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Mentioning one of these products (SKUs). */
  skus?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Mentioning one of these topics. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Of one of these types (MENTION, POST, REVIEW, FOLLOW). */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Before this instant. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of social signals. */
export type SocialSignalConnection = {
  __typename?: 'SocialSignalConnection';
  /** The signals of this page, each with its cursor. */
  edges: Array<SocialSignalEdge>;
  /** The signals of this page. */
  nodes: Array<SocialSignal>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many signals the whole list has (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A social signal in a page. */
export type SocialSignalEdge = {
  __typename?: 'SocialSignalEdge';
  /** Where this signal sits in the list. */
  cursor: Scalars['String']['output'];
  /** The signal. */
  node: SocialSignal;
};

/** Something a person said or did in public. */
export type SocialSignalRecordInput = {
  at?: InputMaybe<Scalars['String']['input']>;
  person: PersonReferenceInput;
  platform?: InputMaybe<Scalars['String']['input']>;
  /** From -1 (negative) to 1 (positive). */
  sentiment?: InputMaybe<Scalars['Float']['input']>;
  skus?: InputMaybe<Array<Scalars['String']['input']>>;
  sourceId: Scalars['String']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  /** MENTION, POST, REVIEW or FOLLOW. */
  type?: InputMaybe<Scalars['String']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

/** An input record behind a customer: where a fact came from. */
export type SourceRecord = {
  __typename?: 'SourceRecord';
  /** When the version held was imported. */
  importedAt: Scalars['DateTime']['output'];
  /** customer, order, touchpoint, socialSignal or consent. */
  kind: Scalars['String']['output'];
  /** The source system. */
  source: Scalars['String']['output'];
  /** The record's id in that source. */
  sourceId: Scalars['String']['output'];
  /** When the source last changed it, if it says. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A page of source records. */
export type SourceRecordConnection = {
  __typename?: 'SourceRecordConnection';
  /** The records of this page, each with its cursor. */
  edges: Array<SourceRecordEdge>;
  /** The records of this page. */
  nodes: Array<SourceRecord>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many records the whole list has (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A source record in a page. */
export type SourceRecordEdge = {
  __typename?: 'SourceRecordEdge';
  /** Where this record sits in the list. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: SourceRecord;
};

/**
 * What happens to customers, pushed as it happens over Server-Sent Events (GraphQL over SSE at
 * /graphql, `Accept: text/event-stream`). Events come from the ingestion batches and unmerges of the
 * copy of the service the subscriber is connected to.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** A customer entered or left a segment (dynamic segments are re-checked after every batch). */
  audienceChanged: AudienceChange;
  /** Records showed that several customers are one person: they were merged into one. */
  customerMerged: CustomerMerged;
  /** A merge was undone: the customer's records were split off again. */
  customerSplit: CustomerSplit;
  /** A person's recommendation for the subject changed, e.g. became ready for a sales call. */
  leadQualified: LeadQualified;
};


/**
 * What happens to customers, pushed as it happens over Server-Sent Events (GraphQL over SSE at
 * /graphql, `Accept: text/event-stream`). Events come from the ingestion batches and unmerges of the
 * copy of the service the subscriber is connected to.
 */
export type SubscriptionAudienceChangedArgs = {
  segment: Scalars['String']['input'];
};


/**
 * What happens to customers, pushed as it happens over Server-Sent Events (GraphQL over SSE at
 * /graphql, `Accept: text/event-stream`). Events come from the ingestion batches and unmerges of the
 * copy of the service the subscriber is connected to.
 */
export type SubscriptionLeadQualifiedArgs = {
  subject: LeadSubject;
};

/** A suppression lifted. */
export type SuppressionLift = {
  __typename?: 'SuppressionLift';
  /** The lawful basis given. */
  basis: Scalars['String']['output'];
  /** When the suppression was lifted. */
  liftedAt: Scalars['DateTime']['output'];
  /** When the person was erased. */
  suppressedSince: Scalars['DateTime']['output'];
  /** The kind of identifier. */
  type: SuppressionType;
};

/** What an erasure suppresses: each kind of identifier, and a customer record's own id in its source. */
export type SuppressionType =
  /** A CRM id. */
  | 'CRM_ID'
  /** A device or cookie id. */
  | 'DEVICE_ID'
  /** An email address. */
  | 'EMAIL'
  /** A loyalty card id. */
  | 'LOYALTY_ID'
  /** A national id. */
  | 'NATIONAL_ID'
  /** A phone number (E.164). */
  | 'PHONE'
  /** A social handle (platform:handle). */
  | 'SOCIAL_HANDLE'
  /** A customer record's id in its source, written source|sourceId (e.g. shop|U123). */
  | 'SOURCE_RECORD'
  /** An app's id of its signed-in user. */
  | 'USER_ID';

/** A topic people talk about and browse. */
export type Topic = {
  __typename?: 'Topic';
  /** Customers who engage with it (signals and touchpoints about it), most engaged first. */
  customers: CustomerConnection;
  /** Its name, lower case. */
  name: Scalars['String']['output'];
};


/** A topic people talk about and browse. */
export type TopicCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How much a customer engages with one topic. */
export type TopicInterest = {
  __typename?: 'TopicInterest';
  /** The latest engagement. */
  lastAt: Scalars['DateTime']['output'];
  /** Average sentiment of the signals about it, when any has one. */
  sentiment: Maybe<Scalars['Float']['output']>;
  /** Social signals mentioning it. */
  signals: Scalars['Int']['output'];
  /** The topic. */
  topic: Topic;
  /** Touchpoints about it (searches, page views, forms). */
  touchpoints: Scalars['Int']['output'];
};

/** Something a customer did: a page view, a search, an email open, a store visit, a survey answer... */
export type Touchpoint = {
  __typename?: 'Touchpoint';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Email and ad events: the campaign. */
  campaign: Maybe<Scalars['String']['output']>;
  /** The channel it happened on. */
  channel: Scalars['String']['output'];
  /** Survey answers and support contacts: the comment. */
  comment: Maybe<Scalars['String']['output']>;
  /** Collected events: where it was sent from as the app said (channel, campaign, page, app, locale). */
  context: Maybe<Scalars['JSON']['output']>;
  /** Collected events: the event's own name (e.g. "Video Played", "Products Searched"). */
  event: Maybe<Scalars['String']['output']>;
  /** source|sourceId of the event record. */
  id: Scalars['ID']['output'];
  /** The product it was about, if any. */
  product: Maybe<Product>;
  /** Collected events: the event's properties as the app sent them. */
  properties: Maybe<Scalars['JSON']['output']>;
  /** Page views and collected events: the page the visitor came from. */
  referrer: Maybe<Scalars['String']['output']>;
  /** Support contacts: whether the problem was solved. */
  resolved: Maybe<Scalars['Boolean']['output']>;
  /** Survey answers: the score, 0 to 10. */
  score: Maybe<Scalars['Int']['output']>;
  /** Site searches: what was searched. */
  searchTerm: Maybe<Scalars['String']['output']>;
  /** The topic it was about, if any. */
  topic: Maybe<Scalars['String']['output']>;
  /** What kind of event (PAGE_VIEW, SITE_SEARCH, EMAIL_OPEN, EMAIL_CLICK, CART, STORE_VISIT, AD_CLICK, FORM, SUPPORT_CONTACT, SURVEY_ANSWER, or EVENT for an app's own event, named in `event`). */
  type: Scalars['String']['output'];
  /** Page views and collected events: the page's URL. */
  url: Maybe<Scalars['String']['output']>;
};

/** A touchpoint of the customer matching every field given. */
export type TouchpointCondition = {
  /** On one of these channels. */
  channels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** About one of these products (SKUs). */
  skus?: InputMaybe<Array<Scalars['String']['input']>>;
  /** About one of these topics. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Of one of these types (PAGE_VIEW, SITE_SEARCH, EMAIL_OPEN, EMAIL_CLICK, CART, STORE_VISIT, AD_CLICK, FORM, SUPPORT_CONTACT, SURVEY_ANSWER). */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Before this instant. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of touchpoints. */
export type TouchpointConnection = {
  __typename?: 'TouchpointConnection';
  /** The touchpoints of this page, each with its cursor. */
  edges: Array<TouchpointEdge>;
  /** The touchpoints of this page. */
  nodes: Array<Touchpoint>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many touchpoints the whole list has (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A touchpoint in a page. */
export type TouchpointEdge = {
  __typename?: 'TouchpointEdge';
  /** Where this touchpoint sits in the list. */
  cursor: Scalars['String']['output'];
  /** The touchpoint. */
  node: Touchpoint;
};

/** A journey event. */
export type TouchpointRecordInput = {
  at?: InputMaybe<Scalars['String']['input']>;
  campaign?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  person: PersonReferenceInput;
  /** Support contacts: whether the problem was solved. */
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
  /** Survey answers: 0 to 10. */
  score?: InputMaybe<Scalars['Int']['input']>;
  searchTerm?: InputMaybe<Scalars['String']['input']>;
  sku?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['String']['input'];
  topic?: InputMaybe<Scalars['String']['input']>;
  /** PAGE_VIEW, SITE_SEARCH, EMAIL_OPEN, EMAIL_CLICK, CART, STORE_VISIT, AD_CLICK, FORM, SUPPORT_CONTACT or SURVEY_ANSWER. */
  type?: InputMaybe<Scalars['String']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

/** The two sides of a split merge. */
export type UnmergeResult = {
  __typename?: 'UnmergeResult';
  /** The customers its records were taken back from. */
  from: Array<Customer>;
  /** The customer restored with its own records. */
  restored: Customer;
};

/**
 * Text a customer wrote, matching one of the terms. A term matches when every one of its words is in
 * the text, in any order, words reduced to their stem and stop words left out ("shoes for running"
 * finds "running shoes"); a topic's synonyms (rules/topics.yaml) are terms too, and a search or signal
 * linked to a topic named by a term matches. Lead qualification matches searches and talk the same way.
 */
export type WrittenCondition = {
  /** Where it was written: SITE_SEARCH, SOCIAL_SIGNAL (both when not given). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** At least one of these terms (1 to 100). */
  terms: Array<Scalars['String']['input']>;
  /** Before this instant. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivationResult: ResolverTypeWrapper<ActivationResult>;
  ActivationSourceInput: ActivationSourceInput;
  ApiKey: ResolverTypeWrapper<ApiKeyRecord>;
  AttributeChange: ResolverTypeWrapper<AttributeChangeRow>;
  AttributeChangeConnection: ResolverTypeWrapper<AttributeChangePage>;
  AttributeChangeEdge: ResolverTypeWrapper<Omit<AttributeChangeEdge, 'node'> & { node: ResolversTypes['AttributeChange'] }>;
  AttributeSource: ResolverTypeWrapper<AttributeSource>;
  AudienceChange: ResolverTypeWrapper<AudienceChangeEvent>;
  AudienceChangeKind: AudienceChangeKind;
  AudienceConnection: ResolverTypeWrapper<AudiencePage>;
  AudienceFilter: AudienceFilter;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditRecord>;
  AuditEntryConnection: ResolverTypeWrapper<Connection<AuditRecord>>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditedCustomer: ResolverTypeWrapper<AuditedCustomer>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BuyerCluster: ResolverTypeWrapper<BuyerClusterRecord>;
  BuyerClusterCategory: ResolverTypeWrapper<BuyerClusterCategory>;
  BuyerClusterCondition: BuyerClusterCondition;
  BuyerClusterConnection: ResolverTypeWrapper<BuyerClusterPage>;
  BuyerClusterDetection: ResolverTypeWrapper<BuyerClusterDetection>;
  BuyerClusterEdge: ResolverTypeWrapper<Omit<BuyerClusterEdge, 'node'> & { node: ResolversTypes['BuyerCluster'] }>;
  BuyerClusterProduct: ResolverTypeWrapper<BuyerClusterProductRecord>;
  Caller: ResolverTypeWrapper<CallerRecord>;
  Category: ResolverTypeWrapper<Category>;
  Channel: ResolverTypeWrapper<ChannelRecord>;
  ChannelSwitch: ResolverTypeWrapper<ChannelSwitch>;
  ChannelSwitches: ResolverTypeWrapper<ChannelSwitches>;
  ChannelUsage: ResolverTypeWrapper<ChannelUsageRow>;
  CoPurchase: ResolverTypeWrapper<Omit<CoPurchase, 'product'> & { product: ResolversTypes['Product'] }>;
  CompiledAudience: ResolverTypeWrapper<CompiledAudience>;
  ConsentCondition: ConsentCondition;
  ConsentEvent: ResolverTypeWrapper<ConsentEvent>;
  ConsentPurpose: ConsentPurpose;
  ConsentRecordInput: ConsentRecordInput;
  ConsentState: ResolverTypeWrapper<ConsentStateRow>;
  ConsentStatus: ConsentStatus;
  Customer: ResolverTypeWrapper<CustomerRecord>;
  CustomerConnection: ResolverTypeWrapper<CustomerPage>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerExport: ResolverTypeWrapper<ExportRecord>;
  CustomerFilter: CustomerFilter;
  CustomerMerged: ResolverTypeWrapper<CustomerMergedEvent>;
  CustomerMetrics: ResolverTypeWrapper<CustomerMetricsRecord>;
  CustomerOrder: CustomerOrder;
  CustomerOrderField: CustomerOrderField;
  CustomerRecordInput: CustomerRecordInput;
  CustomerSplit: ResolverTypeWrapper<CustomerSplitEvent>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Erasure: ResolverTypeWrapper<Erasure>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HeldBack: ResolverTypeWrapper<HeldBack>;
  Household: ResolverTypeWrapper<HouseholdRecord>;
  HouseholdCondition: HouseholdCondition;
  HouseholdDetection: ResolverTypeWrapper<HouseholdDetection>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Identity: ResolverTypeWrapper<IdentityRecord>;
  IdentityType: IdentityType;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Journey: ResolverTypeWrapper<Journey>;
  JourneyDropOff: ResolverTypeWrapper<JourneyDropOff>;
  JourneyEntryPoint: ResolverTypeWrapper<JourneyEntryPoint>;
  JourneyPath: ResolverTypeWrapper<JourneyPath>;
  JourneyPathDimension: JourneyPathDimension;
  JourneyPathStatistics: ResolverTypeWrapper<JourneyPathStatistics>;
  JourneyStage: JourneyStage;
  JourneyStep: ResolverTypeWrapper<JourneyStep>;
  JourneyStepKind: JourneyStepKind;
  LeadConnection: ResolverTypeWrapper<LeadPage>;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Qualification'] }>;
  LeadFactKind: LeadFactKind;
  LeadListInput: LeadListInput;
  LeadQualified: ResolverTypeWrapper<LeadChange>;
  LeadReason: ResolverTypeWrapper<Reason>;
  LeadRecommendation: LeadRecommendation;
  LeadSubject: LeadSubject;
  MatchingResult: ResolverTypeWrapper<MatchingResult>;
  MetricsCondition: MetricsCondition;
  Money: ResolverTypeWrapper<MoneyRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewApiKey: ResolverTypeWrapper<Omit<NewApiKey, 'key'> & { key: ResolversTypes['ApiKey'] }>;
  NextBestAction: ResolverTypeWrapper<PlannedAction>;
  Order: ResolverTypeWrapper<OrderRow>;
  OrderConnection: ResolverTypeWrapper<OrderPage>;
  OrderDirection: OrderDirection;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderLine: ResolverTypeWrapper<OrderLineRow>;
  OrderLineInput: OrderLineInput;
  OrderRecordInput: OrderRecordInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonReferenceInput: PersonReferenceInput;
  PersonalKind: PersonalKind;
  PossibleMatch: ResolverTypeWrapper<ReviewItem>;
  PossibleMatchConnection: ResolverTypeWrapper<Connection<ReviewItem>>;
  Product: ResolverTypeWrapper<ProductRecord>;
  ProductRecordInput: ProductRecordInput;
  ProductTalk: ResolverTypeWrapper<ProductTalk>;
  ProfileCondition: ProfileCondition;
  PurchaseCondition: PurchaseCondition;
  Qualification: ResolverTypeWrapper<LeadQualification>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordKind: RecordKind;
  RecordResult: ResolverTypeWrapper<RecordResult>;
  RecordStatus: RecordStatus;
  RelatedCustomer: ResolverTypeWrapper<RelatedRow>;
  RelationReason: RelationReason;
  Role: Role;
  SavedQuery: ResolverTypeWrapper<SavedQuery>;
  SavedQueryAnswer: ResolverTypeWrapper<SavedQueryAnswer>;
  SavedQueryParameter: ResolverTypeWrapper<SavedQueryParameter>;
  Segment: ResolverTypeWrapper<SegmentRecord>;
  SegmentCondition: SegmentCondition;
  SegmentKind: SegmentKind;
  SegmentMembership: ResolverTypeWrapper<MembershipRecord>;
  SegmentSize: ResolverTypeWrapper<SegmentSize>;
  SimilarBuyersCondition: SimilarBuyersCondition;
  SocialSignal: ResolverTypeWrapper<SocialSignalRow>;
  SocialSignalCondition: SocialSignalCondition;
  SocialSignalConnection: ResolverTypeWrapper<SocialSignalPage>;
  SocialSignalEdge: ResolverTypeWrapper<Omit<SocialSignalEdge, 'node'> & { node: ResolversTypes['SocialSignal'] }>;
  SocialSignalRecordInput: SocialSignalRecordInput;
  SourceRecord: ResolverTypeWrapper<SourceRecordRow>;
  SourceRecordConnection: ResolverTypeWrapper<SourceRecordPage>;
  SourceRecordEdge: ResolverTypeWrapper<Omit<SourceRecordEdge, 'node'> & { node: ResolversTypes['SourceRecord'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SuppressionLift: ResolverTypeWrapper<SuppressionLift>;
  SuppressionType: SuppressionType;
  Topic: ResolverTypeWrapper<TopicRecord>;
  TopicInterest: ResolverTypeWrapper<TopicInterestRow>;
  Touchpoint: ResolverTypeWrapper<TouchpointRow>;
  TouchpointCondition: TouchpointCondition;
  TouchpointConnection: ResolverTypeWrapper<TouchpointPage>;
  TouchpointEdge: ResolverTypeWrapper<Omit<TouchpointEdge, 'node'> & { node: ResolversTypes['Touchpoint'] }>;
  TouchpointRecordInput: TouchpointRecordInput;
  UnmergeResult: ResolverTypeWrapper<UnmergedCustomers>;
  WrittenCondition: WrittenCondition;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivationResult: ActivationResult;
  ActivationSourceInput: ActivationSourceInput;
  ApiKey: ApiKeyRecord;
  AttributeChange: AttributeChangeRow;
  AttributeChangeConnection: AttributeChangePage;
  AttributeChangeEdge: Omit<AttributeChangeEdge, 'node'> & { node: ResolversParentTypes['AttributeChange'] };
  AttributeSource: AttributeSource;
  AudienceChange: AudienceChangeEvent;
  AudienceConnection: AudiencePage;
  AudienceFilter: AudienceFilter;
  AuditEntry: AuditRecord;
  AuditEntryConnection: Connection<AuditRecord>;
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditedCustomer: AuditedCustomer;
  Boolean: Scalars['Boolean']['output'];
  BuyerCluster: BuyerClusterRecord;
  BuyerClusterCategory: BuyerClusterCategory;
  BuyerClusterCondition: BuyerClusterCondition;
  BuyerClusterConnection: BuyerClusterPage;
  BuyerClusterDetection: BuyerClusterDetection;
  BuyerClusterEdge: Omit<BuyerClusterEdge, 'node'> & { node: ResolversParentTypes['BuyerCluster'] };
  BuyerClusterProduct: BuyerClusterProductRecord;
  Caller: CallerRecord;
  Category: Category;
  Channel: ChannelRecord;
  ChannelSwitch: ChannelSwitch;
  ChannelSwitches: ChannelSwitches;
  ChannelUsage: ChannelUsageRow;
  CoPurchase: Omit<CoPurchase, 'product'> & { product: ResolversParentTypes['Product'] };
  CompiledAudience: CompiledAudience;
  ConsentCondition: ConsentCondition;
  ConsentEvent: ConsentEvent;
  ConsentRecordInput: ConsentRecordInput;
  ConsentState: ConsentStateRow;
  Customer: CustomerRecord;
  CustomerConnection: CustomerPage;
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerExport: ExportRecord;
  CustomerFilter: CustomerFilter;
  CustomerMerged: CustomerMergedEvent;
  CustomerMetrics: CustomerMetricsRecord;
  CustomerOrder: CustomerOrder;
  CustomerRecordInput: CustomerRecordInput;
  CustomerSplit: CustomerSplitEvent;
  DateTime: Scalars['DateTime']['output'];
  Erasure: Erasure;
  Float: Scalars['Float']['output'];
  HeldBack: HeldBack;
  Household: HouseholdRecord;
  HouseholdCondition: HouseholdCondition;
  HouseholdDetection: HouseholdDetection;
  ID: Scalars['ID']['output'];
  Identity: IdentityRecord;
  IngestResult: IngestResult;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Journey: Journey;
  JourneyDropOff: JourneyDropOff;
  JourneyEntryPoint: JourneyEntryPoint;
  JourneyPath: JourneyPath;
  JourneyPathStatistics: JourneyPathStatistics;
  JourneyStep: JourneyStep;
  LeadConnection: LeadPage;
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Qualification'] };
  LeadListInput: LeadListInput;
  LeadQualified: LeadChange;
  LeadReason: Reason;
  LeadSubject: LeadSubject;
  MatchingResult: MatchingResult;
  MetricsCondition: MetricsCondition;
  Money: MoneyRow;
  Mutation: Record<PropertyKey, never>;
  NewApiKey: Omit<NewApiKey, 'key'> & { key: ResolversParentTypes['ApiKey'] };
  NextBestAction: PlannedAction;
  Order: OrderRow;
  OrderConnection: OrderPage;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderLine: OrderLineRow;
  OrderLineInput: OrderLineInput;
  OrderRecordInput: OrderRecordInput;
  PageInfo: PageInfo;
  PersonReferenceInput: PersonReferenceInput;
  PossibleMatch: ReviewItem;
  PossibleMatchConnection: Connection<ReviewItem>;
  Product: ProductRecord;
  ProductRecordInput: ProductRecordInput;
  ProductTalk: ProductTalk;
  ProfileCondition: ProfileCondition;
  PurchaseCondition: PurchaseCondition;
  Qualification: LeadQualification;
  Query: Record<PropertyKey, never>;
  RecordResult: RecordResult;
  RelatedCustomer: RelatedRow;
  SavedQuery: SavedQuery;
  SavedQueryAnswer: SavedQueryAnswer;
  SavedQueryParameter: SavedQueryParameter;
  Segment: SegmentRecord;
  SegmentCondition: SegmentCondition;
  SegmentMembership: MembershipRecord;
  SegmentSize: SegmentSize;
  SimilarBuyersCondition: SimilarBuyersCondition;
  SocialSignal: SocialSignalRow;
  SocialSignalCondition: SocialSignalCondition;
  SocialSignalConnection: SocialSignalPage;
  SocialSignalEdge: Omit<SocialSignalEdge, 'node'> & { node: ResolversParentTypes['SocialSignal'] };
  SocialSignalRecordInput: SocialSignalRecordInput;
  SourceRecord: SourceRecordRow;
  SourceRecordConnection: SourceRecordPage;
  SourceRecordEdge: Omit<SourceRecordEdge, 'node'> & { node: ResolversParentTypes['SourceRecord'] };
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  SuppressionLift: SuppressionLift;
  Topic: TopicRecord;
  TopicInterest: TopicInterestRow;
  Touchpoint: TouchpointRow;
  TouchpointCondition: TouchpointCondition;
  TouchpointConnection: TouchpointPage;
  TouchpointEdge: Omit<TouchpointEdge, 'node'> & { node: ResolversParentTypes['Touchpoint'] };
  TouchpointRecordInput: TouchpointRecordInput;
  UnmergeResult: UnmergedCustomers;
  WrittenCondition: WrittenCondition;
};

export type AllowDirectiveArgs = {
  roles: Array<Role>;
};

export type AllowDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = AllowDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PersonalDirectiveArgs = {
  kind: PersonalKind;
};

export type PersonalDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivationResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActivationResult'] = ResolversParentTypes['ActivationResult']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  batches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heldBack?: Resolver<Array<ResolversTypes['HeldBack']>, ParentType, ContextType>;
  selected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type AttributeChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AttributeChange'] = ResolversParentTypes['AttributeChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  attribute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AttributeChangeConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AttributeChangeConnection'] = ResolversParentTypes['AttributeChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AttributeChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AttributeChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttributeChangeEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AttributeChangeEdge'] = ResolversParentTypes['AttributeChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AttributeChange'], ParentType, ContextType>;
};

export type AttributeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AttributeSource'] = ResolversParentTypes['AttributeSource']> = {
  attribute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  saidAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AudienceChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AudienceChange'] = ResolversParentTypes['AudienceChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['AudienceChangeKind'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AudienceConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AudienceConnection'] = ResolversParentTypes['AudienceConnection']> = {
  compiled?: Resolver<ResolversTypes['CompiledAudience'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customers?: Resolver<Array<ResolversTypes['AuditedCustomer']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditedCustomerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditedCustomer'] = ResolversParentTypes['AuditedCustomer']> = {
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BuyerClusterResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BuyerCluster'] = ResolversParentTypes['BuyerCluster']> = {
  categories?: Resolver<Array<ResolversTypes['BuyerClusterCategory']>, ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['BuyerClusterProduct']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BuyerClusterCategoryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BuyerClusterCategory'] = ResolversParentTypes['BuyerClusterCategory']> = {
  buyers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BuyerClusterConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BuyerClusterConnection'] = ResolversParentTypes['BuyerClusterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BuyerClusterEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['BuyerCluster']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BuyerClusterDetectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BuyerClusterDetection'] = ResolversParentTypes['BuyerClusterDetection']> = {
  buyers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clusters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ignoredProducts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rounds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BuyerClusterEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BuyerClusterEdge'] = ResolversParentTypes['BuyerClusterEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BuyerCluster'], ParentType, ContextType>;
};

export type BuyerClusterProductResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BuyerClusterProduct'] = ResolversParentTypes['BuyerClusterProduct']> = {
  buyers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type CallerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Caller'] = ResolversParentTypes['Caller']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CategoryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChannelResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Channel'] = ResolversParentTypes['Channel']> = {
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<ChannelCustomersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChannelSwitchResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChannelSwitch'] = ResolversParentTypes['ChannelSwitch']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChannelSwitchesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChannelSwitches'] = ResolversParentTypes['ChannelSwitches']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  switches?: Resolver<Array<ResolversTypes['ChannelSwitch']>, ParentType, ContextType>;
};

export type ChannelUsageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChannelUsage'] = ResolversParentTypes['ChannelUsage']> = {
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstUsedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastUsedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CoPurchaseResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoPurchase'] = ResolversParentTypes['CoPurchase']> = {
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type CompiledAudienceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CompiledAudience'] = ResolversParentTypes['CompiledAudience']> = {
  cypher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsentEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConsentEvent'] = ResolversParentTypes['ConsentEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsentStateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConsentState'] = ResolversParentTypes['ConsentState']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ConsentEvent']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  attributeHistory?: Resolver<ResolversTypes['AttributeChangeConnection'], ParentType, ContextType, Partial<CustomerAttributeHistoryArgs>>;
  attributeSources?: Resolver<Array<ResolversTypes['AttributeSource']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buyerCluster?: Resolver<Maybe<ResolversTypes['BuyerCluster']>, ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['ChannelUsage']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['ConsentState']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identities?: Resolver<Array<ResolversTypes['Identity']>, ParentType, ContextType>;
  journey?: Resolver<ResolversTypes['Journey'], ParentType, ContextType, Partial<CustomerJourneyArgs>>;
  lifecycleStage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metrics?: Resolver<ResolversTypes['CustomerMetrics'], ParentType, ContextType>;
  nextBestAction?: Resolver<Maybe<ResolversTypes['NextBestAction']>, ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<CustomerOrdersArgs>>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualification?: Resolver<ResolversTypes['Qualification'], ParentType, ContextType, RequireFields<CustomerQualificationArgs, 'subject'>>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['RelatedCustomer']>, ParentType, ContextType, Partial<CustomerRelatedArgs>>;
  segments?: Resolver<Array<ResolversTypes['SegmentMembership']>, ParentType, ContextType>;
  socialSignals?: Resolver<ResolversTypes['SocialSignalConnection'], ParentType, ContextType, Partial<CustomerSocialSignalsArgs>>;
  sourceRecords?: Resolver<ResolversTypes['SourceRecordConnection'], ParentType, ContextType, Partial<CustomerSourceRecordsArgs>>;
  street?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['TopicInterest']>, ParentType, ContextType>;
  touchpoints?: Resolver<ResolversTypes['TouchpointConnection'], ParentType, ContextType, Partial<CustomerTouchpointsArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CustomerConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export type CustomerExportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerExport'] = ResolversParentTypes['CustomerExport']> = {
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  exportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CustomerMergedResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerMerged'] = ResolversParentTypes['CustomerMerged']> = {
  absorbedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  survivor?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export type CustomerMetricsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerMetrics'] = ResolversParentTypes['CustomerMetrics']> = {
  averageOrderValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  firstSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  frequencyScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lifetimeValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  monetaryScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recencyDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recencyScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CustomerSplitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerSplit'] = ResolversParentTypes['CustomerSplit']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  restored?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ErasureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Erasure'] = ResolversParentTypes['Erasure']> = {
  alreadyErased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attributeChanges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  consents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ordersAnonymised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedIdentifiersKept?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  socialSignals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suppressions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  touchpoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HeldBackResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HeldBack'] = ResolversParentTypes['HeldBack']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HouseholdResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household']> = {
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HouseholdDetectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HouseholdDetection'] = ResolversParentTypes['HouseholdDetection']> = {
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  households?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IdentityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Identity'] = ResolversParentTypes['Identity']> = {
  firstSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IdentityType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['RecordResult']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JourneyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Journey'] = ResolversParentTypes['Journey']> = {
  channelSwitches?: Resolver<ResolversTypes['ChannelSwitches'], ParentType, ContextType>;
  currentStage?: Resolver<Maybe<ResolversTypes['JourneyStage']>, ParentType, ContextType>;
  entry?: Resolver<Maybe<ResolversTypes['JourneyStep']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['JourneyStep']>, ParentType, ContextType>;
};

export type JourneyDropOffResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JourneyDropOff'] = ResolversParentTypes['JourneyDropOff']> = {
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['JourneyStage'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JourneyEntryPointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JourneyEntryPoint'] = ResolversParentTypes['JourneyEntryPoint']> = {
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type JourneyPathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JourneyPath'] = ResolversParentTypes['JourneyPath']> = {
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type JourneyPathStatisticsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JourneyPathStatistics'] = ResolversParentTypes['JourneyPathStatistics']> = {
  by?: Resolver<ResolversTypes['JourneyPathDimension'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxSteps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['JourneyPath']>, ParentType, ContextType>;
};

export type JourneyStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JourneyStep'] = ResolversParentTypes['JourneyStep']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channelChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JourneyStepKind'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['JourneyStage'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LeadConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Qualification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeadEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Qualification'], ParentType, ContextType>;
};

export type LeadQualifiedResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeadQualified'] = ResolversParentTypes['LeadQualified']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['LeadRecommendation'], ParentType, ContextType>;
  qualification?: Resolver<ResolversTypes['Qualification'], ParentType, ContextType>;
};

export type LeadReasonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeadReason'] = ResolversParentTypes['LeadReason']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LeadFactKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchingResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MatchingResult'] = ResolversParentTypes['MatchingResult']> = {
  compared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refused?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reviewPairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  activate?: Resolver<ResolversTypes['ActivationResult'], ParentType, ContextType, RequireFields<MutationActivateArgs, 'destination' | 'dryRun' | 'source'>>;
  addToSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType, RequireFields<MutationAddToSegmentArgs, 'customerIds' | 'name'>>;
  confirmMatch?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationConfirmMatchArgs, 'customerIds'>>;
  createApiKey?: Resolver<ResolversTypes['NewApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'name' | 'role'>>;
  createSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType, RequireFields<MutationCreateSegmentArgs, 'name'>>;
  detectBuyerClusters?: Resolver<ResolversTypes['BuyerClusterDetection'], ParentType, ContextType>;
  detectHouseholds?: Resolver<ResolversTypes['HouseholdDetection'], ParentType, ContextType>;
  eraseCustomer?: Resolver<ResolversTypes['Erasure'], ParentType, ContextType, RequireFields<MutationEraseCustomerArgs, 'id'>>;
  ingestConsents?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestConsentsArgs, 'records' | 'source'>>;
  ingestCustomers?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestCustomersArgs, 'records' | 'source'>>;
  ingestOrders?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestOrdersArgs, 'records' | 'source'>>;
  ingestProducts?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestProductsArgs, 'records' | 'source'>>;
  ingestRows?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestRowsArgs, 'kind' | 'rows' | 'source'>>;
  ingestSocialSignals?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestSocialSignalsArgs, 'records' | 'source'>>;
  ingestTouchpoints?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestTouchpointsArgs, 'records' | 'source'>>;
  liftSuppression?: Resolver<ResolversTypes['SuppressionLift'], ParentType, ContextType, RequireFields<MutationLiftSuppressionArgs, 'basis' | 'type' | 'value'>>;
  matchCustomers?: Resolver<ResolversTypes['MatchingResult'], ParentType, ContextType>;
  refreshSegment?: Resolver<ResolversTypes['SegmentSize'], ParentType, ContextType, RequireFields<MutationRefreshSegmentArgs, 'name'>>;
  rejectMatch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRejectMatchArgs, 'customerIds' | 'reason'>>;
  removeFromSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType, RequireFields<MutationRemoveFromSegmentArgs, 'customerIds' | 'name'>>;
  revokeApiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  setConsent?: Resolver<ResolversTypes['ConsentState'], ParentType, ContextType, RequireFields<MutationSetConsentArgs, 'customerId' | 'purpose' | 'source' | 'status'>>;
  unmergeCustomer?: Resolver<ResolversTypes['UnmergeResult'], ParentType, ContextType, RequireFields<MutationUnmergeCustomerArgs, 'id' | 'reason'>>;
};

export type NewApiKeyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NewApiKey'] = ResolversParentTypes['NewApiKey']> = {
  key?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NextBestActionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NextBestAction'] = ResolversParentTypes['NextBestAction']> = {
  activeHour?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  capped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['LeadReason']>, ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['LeadRecommendation'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type OrderResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = {
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type OrderLineResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = {
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PossibleMatchResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PossibleMatch'] = ResolversParentTypes['PossibleMatch']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PossibleMatchConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PossibleMatchConnection'] = ResolversParentTypes['PossibleMatchConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['PossibleMatch']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  alsoBought?: Resolver<Array<ResolversTypes['CoPurchase']>, ParentType, ContextType, Partial<ProductAlsoBoughtArgs>>;
  brand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buyers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<ProductBuyersArgs>>;
  categoryPath?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  signals?: Resolver<ResolversTypes['SocialSignalConnection'], ParentType, ContextType, Partial<ProductSignalsArgs>>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  talk?: Resolver<ResolversTypes['ProductTalk'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProductTalkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProductTalk'] = ResolversParentTypes['ProductTalk']> = {
  averageSentiment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  negative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neutral?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  positive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QualificationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Qualification'] = ResolversParentTypes['Qualification']> = {
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['LeadReason']>, ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['LeadRecommendation'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['AudienceConnection'], ParentType, ContextType, RequireFields<QueryAudienceArgs, 'filter'>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  buyerClusters?: Resolver<ResolversTypes['BuyerClusterConnection'], ParentType, ContextType, Partial<QueryBuyerClustersArgs>>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType, RequireFields<QueryChannelArgs, 'name'>>;
  compileAudience?: Resolver<ResolversTypes['CompiledAudience'], ParentType, ContextType, RequireFields<QueryCompileAudienceArgs, 'filter'>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerByIdentity?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerByIdentityArgs, 'type' | 'value'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<QueryCustomersArgs>>;
  exportCustomer?: Resolver<ResolversTypes['CustomerExport'], ParentType, ContextType, RequireFields<QueryExportCustomerArgs, 'id'>>;
  journeyDropOffs?: Resolver<Array<ResolversTypes['JourneyDropOff']>, ParentType, ContextType, RequireFields<QueryJourneyDropOffsArgs, 'first'>>;
  journeyEntryPoints?: Resolver<Array<ResolversTypes['JourneyEntryPoint']>, ParentType, ContextType, RequireFields<QueryJourneyEntryPointsArgs, 'first'>>;
  journeyPaths?: Resolver<ResolversTypes['JourneyPathStatistics'], ParentType, ContextType, RequireFields<QueryJourneyPathsArgs, 'by' | 'first' | 'maxSteps'>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, RequireFields<QueryLeadsArgs, 'subject'>>;
  me?: Resolver<ResolversTypes['Caller'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'sku'>>;
  reviewQueue?: Resolver<ResolversTypes['PossibleMatchConnection'], ParentType, ContextType, Partial<QueryReviewQueueArgs>>;
  runSavedQuery?: Resolver<ResolversTypes['SavedQueryAnswer'], ParentType, ContextType, RequireFields<QueryRunSavedQueryArgs, 'name'>>;
  savedQueries?: Resolver<Array<ResolversTypes['SavedQuery']>, ParentType, ContextType>;
  search?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  segment?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType, RequireFields<QuerySegmentArgs, 'name'>>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<QueryTopicArgs, 'name'>>;
};

export type RecordResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RecordResult'] = ResolversParentTypes['RecordResult']> = {
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecordStatus'], ParentType, ContextType>;
};

export type RelatedCustomerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelatedCustomer'] = ResolversParentTypes['RelatedCustomer']> = {
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RelationReason']>, ParentType, ContextType>;
  sharedIdentities?: Resolver<Array<ResolversTypes['Identity']>, ParentType, ContextType>;
  sharedProducts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SavedQueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SavedQuery'] = ResolversParentTypes['SavedQuery']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['SavedQueryParameter']>, ParentType, ContextType>;
  personalColumns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SavedQueryAnswerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SavedQueryAnswer'] = ResolversParentTypes['SavedQueryAnswer']> = {
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SavedQueryParameterResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SavedQueryParameter'] = ResolversParentTypes['SavedQueryParameter']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SegmentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Segment'] = ResolversParentTypes['Segment']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['SegmentSize']>, ParentType, ContextType, Partial<SegmentHistoryArgs>>;
  kind?: Resolver<ResolversTypes['SegmentKind'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<SegmentMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SegmentMembershipResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SegmentMembership'] = ResolversParentTypes['SegmentMembership']> = {
  entered?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  left?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
};

export type SegmentSizeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SegmentSize'] = ResolversParentTypes['SegmentSize']> = {
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  entered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  left?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SocialSignalResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SocialSignal'] = ResolversParentTypes['SocialSignal']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  sentiment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SocialSignalConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SocialSignalConnection'] = ResolversParentTypes['SocialSignalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SocialSignalEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SocialSignal']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SocialSignalEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SocialSignalEdge'] = ResolversParentTypes['SocialSignalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SocialSignal'], ParentType, ContextType>;
};

export type SourceRecordResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceRecord'] = ResolversParentTypes['SourceRecord']> = {
  importedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type SourceRecordConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceRecordConnection'] = ResolversParentTypes['SourceRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceRecordEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SourceRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceRecordEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceRecordEdge'] = ResolversParentTypes['SourceRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceRecord'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  audienceChanged?: SubscriptionResolver<ResolversTypes['AudienceChange'], "audienceChanged", ParentType, ContextType, RequireFields<SubscriptionAudienceChangedArgs, 'segment'>>;
  customerMerged?: SubscriptionResolver<ResolversTypes['CustomerMerged'], "customerMerged", ParentType, ContextType>;
  customerSplit?: SubscriptionResolver<ResolversTypes['CustomerSplit'], "customerSplit", ParentType, ContextType>;
  leadQualified?: SubscriptionResolver<ResolversTypes['LeadQualified'], "leadQualified", ParentType, ContextType, RequireFields<SubscriptionLeadQualifiedArgs, 'subject'>>;
};

export type SuppressionLiftResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SuppressionLift'] = ResolversParentTypes['SuppressionLift']> = {
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  liftedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  suppressedSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SuppressionType'], ParentType, ContextType>;
};

export type TopicResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<TopicCustomersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TopicInterestResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TopicInterest'] = ResolversParentTypes['TopicInterest']> = {
  lastAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sentiment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  signals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
  touchpoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TouchpointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Touchpoint'] = ResolversParentTypes['Touchpoint']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  referrer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolved?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  searchTerm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TouchpointConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TouchpointConnection'] = ResolversParentTypes['TouchpointConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TouchpointEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Touchpoint']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TouchpointEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TouchpointEdge'] = ResolversParentTypes['TouchpointEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Touchpoint'], ParentType, ContextType>;
};

export type UnmergeResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnmergeResult'] = ResolversParentTypes['UnmergeResult']> = {
  from?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  restored?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  ActivationResult?: ActivationResultResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  AttributeChange?: AttributeChangeResolvers<ContextType>;
  AttributeChangeConnection?: AttributeChangeConnectionResolvers<ContextType>;
  AttributeChangeEdge?: AttributeChangeEdgeResolvers<ContextType>;
  AttributeSource?: AttributeSourceResolvers<ContextType>;
  AudienceChange?: AudienceChangeResolvers<ContextType>;
  AudienceConnection?: AudienceConnectionResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditedCustomer?: AuditedCustomerResolvers<ContextType>;
  BuyerCluster?: BuyerClusterResolvers<ContextType>;
  BuyerClusterCategory?: BuyerClusterCategoryResolvers<ContextType>;
  BuyerClusterConnection?: BuyerClusterConnectionResolvers<ContextType>;
  BuyerClusterDetection?: BuyerClusterDetectionResolvers<ContextType>;
  BuyerClusterEdge?: BuyerClusterEdgeResolvers<ContextType>;
  BuyerClusterProduct?: BuyerClusterProductResolvers<ContextType>;
  Caller?: CallerResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  Channel?: ChannelResolvers<ContextType>;
  ChannelSwitch?: ChannelSwitchResolvers<ContextType>;
  ChannelSwitches?: ChannelSwitchesResolvers<ContextType>;
  ChannelUsage?: ChannelUsageResolvers<ContextType>;
  CoPurchase?: CoPurchaseResolvers<ContextType>;
  CompiledAudience?: CompiledAudienceResolvers<ContextType>;
  ConsentEvent?: ConsentEventResolvers<ContextType>;
  ConsentState?: ConsentStateResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerExport?: CustomerExportResolvers<ContextType>;
  CustomerMerged?: CustomerMergedResolvers<ContextType>;
  CustomerMetrics?: CustomerMetricsResolvers<ContextType>;
  CustomerSplit?: CustomerSplitResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Erasure?: ErasureResolvers<ContextType>;
  HeldBack?: HeldBackResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  HouseholdDetection?: HouseholdDetectionResolvers<ContextType>;
  Identity?: IdentityResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Journey?: JourneyResolvers<ContextType>;
  JourneyDropOff?: JourneyDropOffResolvers<ContextType>;
  JourneyEntryPoint?: JourneyEntryPointResolvers<ContextType>;
  JourneyPath?: JourneyPathResolvers<ContextType>;
  JourneyPathStatistics?: JourneyPathStatisticsResolvers<ContextType>;
  JourneyStep?: JourneyStepResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LeadQualified?: LeadQualifiedResolvers<ContextType>;
  LeadReason?: LeadReasonResolvers<ContextType>;
  MatchingResult?: MatchingResultResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewApiKey?: NewApiKeyResolvers<ContextType>;
  NextBestAction?: NextBestActionResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PossibleMatch?: PossibleMatchResolvers<ContextType>;
  PossibleMatchConnection?: PossibleMatchConnectionResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductTalk?: ProductTalkResolvers<ContextType>;
  Qualification?: QualificationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordResult?: RecordResultResolvers<ContextType>;
  RelatedCustomer?: RelatedCustomerResolvers<ContextType>;
  SavedQuery?: SavedQueryResolvers<ContextType>;
  SavedQueryAnswer?: SavedQueryAnswerResolvers<ContextType>;
  SavedQueryParameter?: SavedQueryParameterResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  SegmentMembership?: SegmentMembershipResolvers<ContextType>;
  SegmentSize?: SegmentSizeResolvers<ContextType>;
  SocialSignal?: SocialSignalResolvers<ContextType>;
  SocialSignalConnection?: SocialSignalConnectionResolvers<ContextType>;
  SocialSignalEdge?: SocialSignalEdgeResolvers<ContextType>;
  SourceRecord?: SourceRecordResolvers<ContextType>;
  SourceRecordConnection?: SourceRecordConnectionResolvers<ContextType>;
  SourceRecordEdge?: SourceRecordEdgeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SuppressionLift?: SuppressionLiftResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  TopicInterest?: TopicInterestResolvers<ContextType>;
  Touchpoint?: TouchpointResolvers<ContextType>;
  TouchpointConnection?: TouchpointConnectionResolvers<ContextType>;
  TouchpointEdge?: TouchpointEdgeResolvers<ContextType>;
  UnmergeResult?: UnmergeResultResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ApiContext> = {
  allow?: AllowDirectiveResolver<any, any, ContextType>;
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
};
