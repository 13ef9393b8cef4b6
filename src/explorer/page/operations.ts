/**
 * Every GraphQL operation the explorer sends. They are checked against schema.graphql by
 * test/explorer/operations.test.ts. The 360 is split by who may read what: the role check refuses
 * a whole request that selects one field its role may not use, so the parts only some roles may
 * see (sources and source records) are requests of their own.
 */

export const me = /* GraphQL */ `query Me { me { actor role via } }`;

const customerRow = /* GraphQL */ `fragment CustomerRow on Customer { id givenName familyName city country lifecycleStage }`;

export const search = /* GraphQL */ `query Search($text: String!) {
  search(text: $text, first: 20) { totalCount nodes { ...CustomerRow } }
}
${customerRow}`;

export const byIdentity = /* GraphQL */ `query ByIdentity($type: IdentityType!, $value: String!) {
  customerByIdentity(type: $type, value: $value) { ...CustomerRow }
}
${customerRow}`;

export const customer360 = /* GraphQL */ `query Customer360($id: ID!) {
  customer(id: $id) {
    id givenName familyName birthDate street postcode city region country lifecycleStage createdAt updatedAt
    identities { type value firstSeenAt }
    metrics {
      orderCount recencyDays recencyScore frequencyScore monetaryScore firstSeenAt lastSeenAt
      lifetimeValue { amount currency } averageOrderValue { amount currency }
    }
    consents { purpose status at source history { status at source } }
    segments { segment { name } entered left }
    household { id size members { id givenName familyName } }
    orders(first: 20) { totalCount nodes { id placedAt channel total { amount currency } lines { quantity product { sku name } } } }
    topics { topic { name } signals touchpoints sentiment lastAt }
    nextBestAction { topic { name } recommendation channel at capped activeHour reasons { kind at text } }
    journey { entry { id } currentStage steps { kind id type channel at stage channelChanged } }
  }
}`;

export const customerSources = /* GraphQL */ `query CustomerSources($id: ID!) {
  customer(id: $id) {
    attributeSources { attribute value source sourceId saidAt }
    sourceRecords(first: 50) { totalCount nodes { source sourceId kind updatedAt importedAt } }
  }
}`;

export const qualification = /* GraphQL */ `query Qualification($id: ID!, $subject: LeadSubject!) {
  customer(id: $id) {
    qualification(subject: $subject) { recommendation score channel reasons { kind factId at text } }
  }
}`;

export const audiencePreview = /* GraphQL */ `query AudiencePreview($filter: AudienceFilter!) {
  audience(filter: $filter, first: 10) {
    totalCount
    nodes { ...CustomerRow }
    compiled { cypher parameters }
  }
}
${customerRow}`;

const matchSide = /* GraphQL */ `fragment MatchSide on Customer {
  id givenName familyName birthDate street postcode city country identities { type value }
  sourceRecords(first: 10) { nodes { source sourceId kind } }
}`;

export const reviewQueue = /* GraphQL */ `query ReviewQueue($minScore: Float, $source: String, $after: String) {
  reviewQueue(minScore: $minScore, source: $source, first: 10, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { score reasons at customer { ...MatchSide } other { ...MatchSide } }
  }
}
${matchSide}`;

export const confirmMatch = /* GraphQL */ `mutation ConfirmMatch($customerIds: [ID!]!) {
  confirmMatch(customerIds: $customerIds) { id givenName familyName }
}`;

export const rejectMatch = /* GraphQL */ `mutation RejectMatch($customerIds: [ID!]!, $reason: String!) {
  rejectMatch(customerIds: $customerIds, reason: $reason)
}`;
