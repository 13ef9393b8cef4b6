import { cypher, type Statement } from '../../src/graph/cypher-library.js';
import { stageTable } from '../../src/journeys/stages.js';

/** One question asked both ways: through the API and as the best single hand-written query. */
export interface Scenario {
  name: string;
  query: string;
  raw: Statement;
  variables: (index: number) => Record<string, unknown>;
  /** The raw query's parameters, when they differ from the API's variables. */
  params?: (index: number) => Record<string, unknown>;
  calls?: number;
}

const customer360 = `query View($id: ID!) {
  customer(id: $id) {
    id givenName familyName city country
    attributeSources { attribute source sourceId }
    identities { type value }
    orders(first: 3) { totalCount nodes { id total { minor currency } lines { quantity unitPrice { minor } product { sku name } } } }
    channels { channel { name } count firstUsedAt lastUsedAt }
    touchpoints(first: 10) { nodes { id type channel at product { name } } }
    socialSignals(first: 10) { nodes { type sentiment topics } }
    consents { purpose status }
    metrics { lifetimeValue { minor } firstSeenAt lastSeenAt }
    sourceRecords(first: 1) { totalCount }
  }
}`;

/** Bought in a category, clicked an email, talked about a topic: one filter, three categories of data. */
const audience = `query Audience($category: String!, $channel: String!, $type: String!, $topic: String!) {
  audience(first: 20, filter: { all: [
    { purchased: { category: $category } },
    { touched: { channels: [$channel], types: [$type] } },
    { said: { topics: [$topic] } }
  ] }) { nodes { id givenName familyName } }
}`;
const audienceTopics = ['coffee', 'yoga', 'music', 'skincare', 'hiking'];

const journey = `query Journey($id: ID!) {
  customer(id: $id) { journey { steps { kind id type channel at stage channelChanged } entry { channel } currentStage channelSwitches { count } } }
}`;

const pathStatistics = `query Paths($maxSteps: Int!) {
  journeyPaths(by: CHANNEL, maxSteps: $maxSteps, first: 10) { customers paths { steps customers share } }
}`;

export function scenarios(ids: string[]): Scenario[] {
  return [
    {
      name: 'customer 360',
      query: customer360,
      raw: cypher.get('bench/customer-360'),
      variables: (index) => ({ id: ids[index % ids.length] }),
    },
    {
      name: 'three-category audience',
      query: audience,
      raw: cypher.get('bench/audience'),
      variables: (index) => ({
        category: 'Home',
        channel: 'EMAIL',
        type: 'EMAIL_CLICK',
        topic: audienceTopics[index % audienceTopics.length],
      }),
    },
    { name: 'journey', query: journey, raw: cypher.get('bench/journey'), variables: (index) => ({ id: ids[index % ids.length] }) },
    {
      name: 'path statistics',
      query: pathStatistics,
      raw: cypher.get('journeys/purchase-paths'),
      calls: 5,
      variables: () => ({ maxSteps: 5 }),
      params: () => ({ maxSteps: 5, by: 'channel', stages: stageTable.cypherParam, limit: 10 }),
    },
  ];
}
