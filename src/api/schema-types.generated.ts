import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRecord, IdentityRecord } from '../customers/customers.js';
import type { UnmergedCustomers } from '../identity/resolvers.js';
import type { ApiContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
};

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

/** The unified profile of one real person: the golden record built from every source. */
export type Customer = {
  __typename?: 'Customer';
  /** Country of residence, ISO 3166-1 alpha-2 (e.g. FR). */
  country: Maybe<Scalars['String']['output']>;
  /** When the customer first appeared in the graph. */
  createdAt: Scalars['DateTime']['output'];
  /** Family (last) name. */
  familyName: Maybe<Scalars['String']['output']>;
  /** Given (first) name. */
  givenName: Maybe<Scalars['String']['output']>;
  /** Stable id of the customer; it never changes once given. */
  id: Scalars['ID']['output'];
  /** The identifiers that point at this customer: emails, phones, CRM ids, devices, social handles. */
  identities: Array<Identity>;
  /** Where the customer stands with the company: lead, prospect, customer, lapsed... */
  lifecycleStage: Maybe<Scalars['String']['output']>;
  /** When any part of the profile last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

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
};

/** One identifier of a customer, unique across the graph by type and value. */
export type Identity = {
  __typename?: 'Identity';
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
  | 'SOCIAL_HANDLE';

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
  /** Records identical to (or older than) what the graph already holds: nothing was written. */
  unchanged: Scalars['Int']['output'];
  /** Records that replaced an older version. */
  updated: Scalars['Int']['output'];
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

/** Writes into the customer graph. */
export type Mutation = {
  __typename?: 'Mutation';
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
  /** Ingests what people say in public: mentions, posts, reviews, follows. */
  ingestSocialSignals: IngestResult;
  /** Ingests journey events: page views, searches, email opens, store visits, support contacts... */
  ingestTouchpoints: IngestResult;
  /**
   * Runs fuzzy matching over every customer record: pairs above the automatic threshold are merged
   * (within the identity rules), pairs in the review band are kept as possible matches.
   */
  matchCustomers: MatchingResult;
  /**
   * Splits a wrong merge back: the customer `id` (merged into another) gets back the source records
   * it brought and every fact tied to them, and the two are never merged again.
   */
  unmergeCustomer: UnmergeResult;
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
export type MutationUnmergeCustomerArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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

/** Look-ups into the customer graph. */
export type Query = {
  __typename?: 'Query';
  /** One customer by id. Returns null when no customer has this id. */
  customer: Maybe<Customer>;
};


/** Look-ups into the customer graph. */
export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};

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
  /** Already held as it is, or older than what is held: nothing written. */
  | 'UNCHANGED'
  /** Replaced an older version. */
  | 'UPDATED';

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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConsentRecordInput: ConsentRecordInput;
  Customer: ResolverTypeWrapper<CustomerRecord>;
  CustomerRecordInput: CustomerRecordInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Identity: ResolverTypeWrapper<IdentityRecord>;
  IdentityType: IdentityType;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MatchingResult: ResolverTypeWrapper<MatchingResult>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderLineInput: OrderLineInput;
  OrderRecordInput: OrderRecordInput;
  PersonReferenceInput: PersonReferenceInput;
  ProductRecordInput: ProductRecordInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordResult: ResolverTypeWrapper<RecordResult>;
  RecordStatus: RecordStatus;
  SocialSignalRecordInput: SocialSignalRecordInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TouchpointRecordInput: TouchpointRecordInput;
  UnmergeResult: ResolverTypeWrapper<UnmergedCustomers>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  ConsentRecordInput: ConsentRecordInput;
  Customer: CustomerRecord;
  CustomerRecordInput: CustomerRecordInput;
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Identity: IdentityRecord;
  IngestResult: IngestResult;
  Int: Scalars['Int']['output'];
  MatchingResult: MatchingResult;
  Mutation: Record<PropertyKey, never>;
  OrderLineInput: OrderLineInput;
  OrderRecordInput: OrderRecordInput;
  PersonReferenceInput: PersonReferenceInput;
  ProductRecordInput: ProductRecordInput;
  Query: Record<PropertyKey, never>;
  RecordResult: RecordResult;
  SocialSignalRecordInput: SocialSignalRecordInput;
  String: Scalars['String']['output'];
  TouchpointRecordInput: TouchpointRecordInput;
  UnmergeResult: UnmergedCustomers;
};

export type CustomerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identities?: Resolver<Array<ResolversTypes['Identity']>, ParentType, ContextType>;
  lifecycleStage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IdentityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Identity'] = ResolversParentTypes['Identity']> = {
  type?: Resolver<ResolversTypes['IdentityType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['RecordResult']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MatchingResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MatchingResult'] = ResolversParentTypes['MatchingResult']> = {
  compared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refused?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reviewPairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestConsents?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestConsentsArgs, 'records' | 'source'>>;
  ingestCustomers?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestCustomersArgs, 'records' | 'source'>>;
  ingestOrders?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestOrdersArgs, 'records' | 'source'>>;
  ingestProducts?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestProductsArgs, 'records' | 'source'>>;
  ingestSocialSignals?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestSocialSignalsArgs, 'records' | 'source'>>;
  ingestTouchpoints?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestTouchpointsArgs, 'records' | 'source'>>;
  matchCustomers?: Resolver<ResolversTypes['MatchingResult'], ParentType, ContextType>;
  unmergeCustomer?: Resolver<ResolversTypes['UnmergeResult'], ParentType, ContextType, RequireFields<MutationUnmergeCustomerArgs, 'id' | 'reason'>>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
};

export type RecordResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RecordResult'] = ResolversParentTypes['RecordResult']> = {
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecordStatus'], ParentType, ContextType>;
};

export type UnmergeResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnmergeResult'] = ResolversParentTypes['UnmergeResult']> = {
  from?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  restored?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Identity?: IdentityResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  MatchingResult?: MatchingResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordResult?: RecordResultResolvers<ContextType>;
  UnmergeResult?: UnmergeResultResolvers<ContextType>;
};

