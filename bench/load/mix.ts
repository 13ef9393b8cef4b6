/**
 * The traffic of the load benchmark: what applications ask the service all day, in proportions
 * a customer-facing app and a marketing tool would plausibly send. Each request is picked by its
 * weight, in a fixed rotation so two runs send the same mix.
 */
export interface LoadRequest {
  name: string;
  weight: number;
  body: (index: number) => string;
}

const view360 = `query View($id: ID!) {
  customer(id: $id) {
    id givenName familyName city country
    identities { type value }
    orders(first: 3) { totalCount nodes { id total { minor currency } } }
    touchpoints(first: 10) { nodes { id type channel at } }
    consents { purpose status }
    metrics { lifetimeValue { minor } lastSeenAt }
  }
}`;
const audience = `query Audience($topic: String!) {
  audience(first: 20, filter: { all: [{ purchased: { category: "Home" } }, { said: { topics: [$topic] } }] }) { nodes { id givenName } }
}`;
const page = `query Page($first: Int!) { customers(first: $first) { edges { node { id givenName familyName country } } pageInfo { endCursor } } }`;
const journey = `query Journey($id: ID!) { customer(id: $id) { journey { steps { kind type channel at stage } entry { channel } currentStage } } }`;
const ingest = `mutation Stream($records: [TouchpointRecordInput!]!) { ingestTouchpoints(source: "web", records: $records) { accepted rejected } }`;
const topics = ['coffee', 'yoga', 'music', 'skincare', 'hiking'];
const types = ['PAGE_VIEW', 'SITE_SEARCH', 'CART'];

const graphql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/** `ids` are customers with orders, `emails` addresses of known people the streamed events name. */
export function loadMix(ids: string[], emails: string[], run: string): LoadRequest[] {
  const pick = <T>(list: T[], index: number) => list[index % list.length]!;
  return [
    { name: 'customer 360', weight: 30, body: (i) => graphql(view360, { id: pick(ids, i) }) },
    { name: 'audience', weight: 10, body: (i) => graphql(audience, { topic: pick(topics, i) }) },
    { name: 'customer page', weight: 20, body: (i) => graphql(page, { first: 10 + (i % 3) * 20 }) },
    { name: 'journey', weight: 20, body: (i) => graphql(journey, { id: pick(ids, i * 7) }) },
    {
      // A web app streaming events as they happen: a few new page views and searches per call.
      name: 'streamed ingest',
      weight: 20,
      body: (i) =>
        graphql(ingest, {
          records: [0, 1, 2].map((n) => ({
            sourceId: `load-${run}-${i}-${n}`,
            person: { email: pick(emails, i + n) },
            type: pick(types, i + n),
            channel: 'WEB',
            at: new Date(Date.UTC(2026, 0, 1) + i * 1000 + n).toISOString(),
          })),
        }),
    },
  ];
}

/** The requests in a rotation of 100 following their weights, interleaved rather than in runs. */
export function rotation(mix: LoadRequest[]): LoadRequest[] {
  const slots = mix.flatMap((request) => Array.from({ length: request.weight }, (_, n) => ({ request, at: (n + 0.5) / request.weight })));
  return slots.sort((a, b) => a.at - b.at).map((slot) => slot.request);
}
