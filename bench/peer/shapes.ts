import { cypher, type Statement } from '../../src/graph/cypher-library.js';
import { composedStatement, useFragment } from '../../src/graph/fragments.js';
import { leadPageStart } from '../../src/leads/selection/lead-page.js';

/**
 * The shapes bench:peer asks three ways: through our API, through @neo4j/graphql (the peer) and
 * as hand-written Cypher through the raw driver. Each side's answer is brought to one canonical
 * form (`same`), so the three can be checked equal before anything is timed.
 */
// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers and driver rows, whose shapes the canonical forms below check
type Data = Record<string, any>;
export type Vars = Record<string, unknown>;

export interface Shape {
  name: string;
  ours: string;
  peer: string;
  raw: Statement;
  /** The variables of the index-th call (the same for the three sides; the raw side takes `rawParams` when given). */
  variables: (index: number) => Vars;
  rawParams?: (variables: Vars) => Vars;
  fromOurs: (data: Data) => unknown;
  fromPeer: (data: Data) => unknown;
  fromRaw: (rows: Data[]) => unknown;
}

/** Instants as the three sides write them (ms or not, driver DateTime) in one spelling. */
const instant = (value: unknown) => new Date(String(value)).toISOString();
const identities = (list: { type: string; value: string }[]) => list.map((i) => `${i.type} ${i.value}`).sort();
const lines = (list: { quantity: unknown; sku: string; name: string }[]) =>
  list.map((l) => `${Number(l.quantity)} ${l.sku} ${l.name}`).sort();
const profile = (c: Data) => ({ id: c.id, givenName: c.givenName ?? null, familyName: c.familyName ?? null });

const customer360 = {
  ours: `query View($id: ID!) { customer(id: $id) { id givenName familyName city country identities { type value }
    orders(first: 3) { nodes { id placedAt total { minor } lines { quantity product { sku name } } } }
    touchpoints(first: 10) { nodes { id type channel at } } } }`,
  peer: `query View($id: ID!) { customers(where: { id: { eq: $id } }) { id givenName familyName city country identities { type value }
    orders(limit: 3, sort: [{ placedAt: DESC }, { id: DESC }]) { id placedAt total productsConnection { edges { properties { quantity } node { sku name } } } }
    touchpoints(limit: 10, sort: [{ at: DESC }, { id: DESC }]) { id type channel at } } }`,
};
const view = (c: Data, orders: Data[], touchpoints: Data[]) => ({
  ...profile(c),
  city: c.city ?? null,
  country: c.country ?? null,
  identities: identities(c.identities),
  orders: orders.map((o) => ({ id: o.id, placedAt: instant(o.placedAt), total: Number(o.total), lines: lines(o.lines) })),
  touchpoints: touchpoints.map((t) => ({ id: t.id, type: t.type, channel: t.channel, at: instant(t.at) })),
});

/** Bought in a category, clicked an email, talked about a topic: the first 20 in id order. */
const audience = {
  ours: `query Audience($category: String!, $channel: String!, $type: String!, $topic: String!) {
    audience(first: 20, filter: { all: [{ purchased: { category: $category } }, { touched: { channels: [$channel], types: [$type] } }, { said: { topics: [$topic] } }] }) {
      nodes { id givenName familyName } } }`,
  peer: `query Audience($category: String!, $subcategories: String!, $channel: String!, $type: String!, $topic: String!) {
    customers(limit: 20, sort: [{ id: ASC }], where: { AND: [
      { orders: { some: { products: { some: { categories: { some: { OR: [{ path: { eq: $category } }, { path: { startsWith: $subcategories } }] } } } } } } },
      { touchpoints: { some: { type: { eq: $type }, channel: { eq: $channel } } } },
      { socialSignals: { some: { topics: { some: { name: { eq: $topic } } } } } }
    ] }) { id givenName familyName } }`,
};
const topics = ['coffee', 'yoga', 'music', 'skincare', 'hiking'];

const page = {
  ours: `query Page { customers(first: 100) { nodes { id givenName familyName identities { type value } orders(first: 5) { nodes { id placedAt total { minor } } } } } }`,
  peer: `query Page { customers(limit: 100, sort: [{ createdAt: ASC }, { id: ASC }]) { id givenName familyName identities { type value }
    orders(limit: 5, sort: [{ placedAt: DESC }, { id: DESC }]) { id placedAt total } } }`,
};
const pageEntry = (c: Data, orders: Data[]) => ({
  ...profile(c),
  identities: identities(c.identities),
  orders: orders.map((o) => ({ id: o.id, placedAt: instant(o.placedAt), total: Number(o.total) })),
});

/** A journey: every touchpoint, order and social signal of a customer; compared as a set of steps (the peer returns three lists). */
const journey = {
  ours: `query Journey($id: ID!) { customer(id: $id) { journey { steps { id at } } } }`,
  peer: `query Journey($id: ID!) { customers(where: { id: { eq: $id } }) { touchpoints { id at } orders { id placedAt } socialSignals { id at } } }`,
};
const steps = (list: { id: string; at: unknown }[]) => list.map((step) => `${instant(step.at)} ${step.id}`).sort();

const leads = {
  ours: `query Leads($topic: String!) { leads(subject: { topic: $topic }, first: 20) { nodes { customer { id givenName familyName identities { type value } } } } }`,
  peer: `query Leads($topic: String!) { leads(topic: $topic) { id givenName familyName identities { type value } } }`,
};
const lead = (c: Data) => ({ ...profile(c), identities: identities(c.identities) });
const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/**
 * `ids`: customers to ask about; `leadParams`: for each topic with leads, the parameters of a
 * page of 20 leads (leads/page's: the raw side and the peer's @cypher field run it as we do).
 */
export function shapes(ids: string[], leadParams: Map<string, Vars>): Shape[] {
  const id = (index: number) => ({ id: ids[index % ids.length] });
  const leadTopic = (index: number) => [...leadParams.keys()][index % leadParams.size]!;
  return [
    {
      name: 'customer 360',
      ...customer360,
      raw: cypher.get('bench/peer/customer-360'),
      variables: id,
      fromOurs: (d) =>
        d.customer &&
        view(
          d.customer,
          d.customer.orders.nodes.map((o: Data) => ({
            ...o,
            total: o.total.minor,
            lines: o.lines.map((l: Data) => ({ quantity: l.quantity, ...l.product })),
          })),
          d.customer.touchpoints.nodes,
        ),
      fromPeer: (d) =>
        d.customers[0] &&
        view(
          d.customers[0],
          d.customers[0].orders.map((o: Data) => ({
            ...o,
            lines: o.productsConnection.edges.map((e: Data) => ({ quantity: e.properties.quantity, ...e.node })),
          })),
          d.customers[0].touchpoints,
        ),
      fromRaw: ([row]) => row && view({ ...row.profile, identities: row.identities }, row.orders, row.touchpoints),
    },
    {
      name: 'audience over three categories',
      ...audience,
      raw: cypher.get('bench/audience'),
      variables: (index) => ({
        category: 'Home',
        subcategories: 'Home > ',
        channel: 'EMAIL',
        type: 'EMAIL_CLICK',
        topic: topics[index % topics.length],
      }),
      rawParams: ({ subcategories: _, ...params }) => params,
      fromOurs: (d) => d.audience.nodes.map(profile),
      fromPeer: (d) => d.customers.map(profile),
      fromRaw: (rows) => rows.map(profile),
    },
    {
      name: 'page of 100 with identities and 5 latest orders',
      ...page,
      raw: cypher.get('bench/peer/page'),
      variables: () => ({}),
      rawParams: () => ({ limit: 100 }),
      fromOurs: (d) =>
        d.customers.nodes.map((c: Data) =>
          pageEntry(
            c,
            c.orders.nodes.map((o: Data) => ({ ...o, total: o.total.minor })),
          ),
        ),
      fromPeer: (d) => d.customers.map((c: Data) => pageEntry(c, c.orders)),
      fromRaw: (rows) => rows.map((row) => pageEntry({ ...row.profile, identities: row.identities }, row.orders)),
    },
    {
      name: 'journey',
      ...journey,
      raw: cypher.get('bench/journey'),
      variables: id,
      fromOurs: (d) => steps(d.customer.journey.steps),
      fromPeer: (d) =>
        steps([
          ...d.customers[0].touchpoints,
          ...d.customers[0].orders.map((o: Data) => ({ id: o.id, at: o.placedAt })),
          ...d.customers[0].socialSignals,
        ]),
      fromRaw: ([row]) => steps(row!.steps),
    },
    {
      name: 'leads page (20)',
      ...leads,
      raw: leadsStatement,
      variables: (index) => ({ topic: leadTopic(index) }),
      rawParams: ({ topic }) => leadParams.get(topic as string)!,
      fromOurs: (d) => byId(d.leads.nodes.map((node: Data) => lead(node.customer))),
      fromPeer: (d) => byId(d.leads.map(lead)),
      fromRaw: (rows) => byId(rows.map((row) => lead({ ...row.profile, identities: row.identities }))),
    },
  ];
}

/** The raw side's leads page and the peer's Query.leads: leads/page itself, as our API composes it. */
const leadsStatement = composedStatement(
  'bench/peer/leads',
  'read',
  useFragment(cypher.get('bench/peer/leads'), null, { page: leadPageStart }),
  'leads page',
);
export const peerLeads = composedStatement(
  'bench/peer/lead-customers',
  'read',
  useFragment(cypher.get('bench/peer/lead-customers'), null, { page: leadPageStart }),
  "the peer's Query.leads",
);

export { topics as leadTopics };
