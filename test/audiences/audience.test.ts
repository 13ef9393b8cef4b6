import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { authorised, answer, graphql, startTestService, type RunningService } from '../support/service.js';

const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
const person = (name: string, familyName: string, country: string, city: string, lifecycleStage: string) =>
  record({
    kind: 'customer',
    source: 'crm',
    sourceId: `C-${name}`,
    crmId: `CRM-${name}`,
    email: `${name}@example.com`,
    givenName: name,
    familyName,
    country,
    city,
    lifecycleStage,
  });
const product = (sku: string, categoryPath: string, topics: string[] = []) =>
  record({ kind: 'product', source: 'shop', sourceId: sku, name: sku, categoryPath, price: '10.00', currency: 'GBP', topics });
const order = (sourceId: string, name: string, placedAt: string, channel: string, lines: [string, number, string][]) =>
  record({
    kind: 'order',
    source: 'shop',
    sourceId,
    email: `${name}@example.com`,
    placedAt,
    channel,
    currency: 'GBP',
    lines: lines.map(([sku, quantity, unitPrice]) => ({ sku, quantity, unitPrice })),
  });
const touchpoint = (sourceId: string, name: string, type: string, channel: string, at: string, about: Record<string, unknown> = {}) =>
  record({ kind: 'touchpoint', source: 'web', sourceId, email: `${name}@example.com`, type, channel, at, ...about });
const signal = (
  sourceId: string,
  name: string,
  type: string,
  platform: string,
  sentiment: number,
  at: string,
  about: Record<string, unknown>,
) => record({ kind: 'socialSignal', source: 'social', sourceId, email: `${name}@example.com`, type, platform, sentiment, at, ...about });
const consent = (sourceId: string, name: string, purpose: string, status: string, at: string) =>
  record({ kind: 'consent', source: 'email', sourceId, email: `${name}@example.com`, purpose, status, at });

/**
 * Six people whose facts are listed here; each expectation below is read off this list.
 * Money: ESP 249.90, GRI 10.00, KET 30.00, TEN 120.00 per unit.
 */
const scenario = [
  product('ESP', 'Home > Kitchen > Coffee', ['coffee']),
  product('GRI', 'Home > Kitchen > Coffee'),
  product('KET', 'Home > Kitchen'),
  product('TEN', 'Outdoor > Camping', ['camping']),
  // Ann: FR Paris customer. Bought ESP on the web (Feb) and KET in store (Mar 10); viewed ESP; loves ESP on instagram; email consent granted.
  person('Ann', 'Lee', 'FR', 'Paris', 'customer'),
  order('O-A1', 'Ann', '2026-02-01T10:00:00Z', 'WEB', [['ESP', 1, '249.90']]),
  order('O-A2', 'Ann', '2026-03-10T10:00:00Z', 'STORE', [['KET', 1, '30.00']]),
  touchpoint('T-A1', 'Ann', 'PAGE_VIEW', 'WEB', '2026-01-20T09:00:00Z', { sku: 'ESP' }),
  signal('S-A1', 'Ann', 'REVIEW', 'instagram', 0.8, '2026-03-15T09:00:00Z', { skus: ['ESP'], topics: ['coffee'] }),
  consent('K-A1', 'Ann', 'EMAIL_MARKETING', 'GRANTED', '2026-01-01T00:00:00Z'),
  // Bob: GB London prospect. Two grinders on the web (20.00, Mar 5); searched coffee (Mar 1); dislikes ESP on twitter (Mar 20); granted then withdrew email consent.
  person('Bob', 'Lee', 'GB', 'London', 'prospect'),
  order('O-B1', 'Bob', '2026-03-05T10:00:00Z', 'WEB', [['GRI', 2, '10.00']]),
  touchpoint('T-B1', 'Bob', 'SITE_SEARCH', 'WEB', '2026-03-01T09:00:00Z', { topic: 'coffee', searchTerm: 'espresso' }),
  signal('S-B1', 'Bob', 'MENTION', 'twitter', -0.5, '2026-03-20T09:00:00Z', { skus: ['ESP'] }),
  consent('K-B1', 'Bob', 'EMAIL_MARKETING', 'GRANTED', '2026-01-01T00:00:00Z'),
  consent('K-B2', 'Bob', 'EMAIL_MARKETING', 'WITHDRAWN', '2026-03-01T00:00:00Z'),
  // Cem: DE Berlin customer. Two tents in the app (Jan 15, Feb 15), two kettles on the web (60.00, Mar 15): 300.00 in 3 orders;
  // a cart about KET in the app (Mar 14); email consent withdrawn then granted; SMS granted.
  person('Cem', 'Kaya', 'DE', 'Berlin', 'customer'),
  order('O-C1', 'Cem', '2026-01-15T10:00:00Z', 'MOBILE_APP', [['TEN', 1, '120.00']]),
  order('O-C2', 'Cem', '2026-02-15T10:00:00Z', 'MOBILE_APP', [['TEN', 1, '120.00']]),
  order('O-C3', 'Cem', '2026-03-15T10:00:00Z', 'WEB', [['KET', 2, '30.00']]),
  touchpoint('T-C1', 'Cem', 'CART', 'MOBILE_APP', '2026-03-14T09:00:00Z', { sku: 'KET' }),
  consent('K-C1', 'Cem', 'EMAIL_MARKETING', 'WITHDRAWN', '2026-01-01T00:00:00Z'),
  consent('K-C2', 'Cem', 'EMAIL_MARKETING', 'GRANTED', '2026-02-01T00:00:00Z'),
  consent('K-C3', 'Cem', 'SMS_MARKETING', 'GRANTED', '2026-02-01T00:00:00Z'),
  // Dee: FR Lyon lead. No order; opened an email (Dec 2025); posted about camping on instagram.
  person('Dee', 'Martin', 'FR', 'Lyon', 'lead'),
  touchpoint('T-D1', 'Dee', 'EMAIL_OPEN', 'EMAIL', '2025-12-01T09:00:00Z', { campaign: 'winter' }),
  signal('S-D1', 'Dee', 'POST', 'instagram', 0.3, '2026-02-01T09:00:00Z', { topics: ['camping'] }),
  // Eve: GB London lapsed. One ESP in store (Jun 2025); email consent granted.
  person('Eve', 'Stone', 'GB', 'London', 'lapsed'),
  order('O-E1', 'Eve', '2025-06-01T10:00:00Z', 'STORE', [['ESP', 1, '249.90']]),
  consent('K-E1', 'Eve', 'EMAIL_MARKETING', 'GRANTED', '2025-06-01T00:00:00Z'),
  // Fay: FR Paris customer, and nothing else.
  person('Fay', 'Martin', 'FR', 'Paris', 'customer'),
];

const membersQuery = `query Members($filter: AudienceFilter!) {
  audience(filter: $filter, first: 100) { totalCount nodes { givenName } pageInfo { hasNextPage } }
}`;

describe('audiences over HTTP', () => {
  let service: RunningService;
  const ask = (query: string, variables?: Record<string, unknown>) => answer(service.url, query, variables);
  /** The members' given names, sorted; the count must agree with the list. */
  const members = async (filter: unknown) => {
    const { audience } = await ask(membersQuery, { filter });
    const names = audience.nodes.map((node: { givenName: string }) => node.givenName);
    expect(audience.totalCount).toBe(names.length);
    return names.sort();
  };

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    expect(await service.ingestion.run(scenario)).toMatchObject({ accepted: scenario.length, rejected: 0, merges: 0 });
  });
  afterAll(() => service.stop());

  it('counts only when totalCount is asked for', async () => {
    const { audience } = await ask('{ audience(filter: {profile: {country: "FR"}}) { nodes { givenName } } }');
    expect(audience.nodes.map((n: { givenName: string }) => n.givenName).sort()).toEqual(['Ann', 'Dee', 'Fay']);
    const metrics = await (await fetch(`${service.url}/metrics`, { headers: await authorised() })).text();
    expect(metrics).toContain('statement="audiences/page"');
    expect(metrics).not.toContain('statement="audiences/count"');
  });

  it.each([
    [{ skus: ['ESP'] }, ['Ann', 'Eve']],
    [{ category: 'Home > Kitchen' }, ['Ann', 'Bob', 'Cem', 'Eve']], // KET, and the coffee subcategory's ESP and GRI
    [{ category: 'Home>Kitchen>Coffee' }, ['Ann', 'Bob', 'Eve']], // not Cem: KET sits in Kitchen itself
    [{ category: 'Outdoor' }, ['Cem']],
    [{ channels: ['STORE'] }, ['Ann', 'Eve']],
    [{ since: '2026-03-01T00:00:00Z' }, ['Ann', 'Bob', 'Cem']],
    [{ since: '2026-01-01T00:00:00Z', until: '2026-02-10T00:00:00Z' }, ['Ann', 'Cem']],
    [{ minSpend: '200' }, ['Ann', 'Cem', 'Eve']], // 279.90, 300.00, 249.90; Bob spent 20.00
    [{ category: 'Outdoor', minSpend: '240' }, ['Cem']], // two tents: exactly 240.00
    [{ category: 'Outdoor', minSpend: '240.01' }, []],
    [{ skus: ['KET'], minSpend: '50.00' }, ['Cem']], // Cem's two kettles 60.00; Ann's one 30.00
    [{ skus: ['ESP'], channels: ['WEB'] }, ['Ann']], // one and the same order: Eve's ESP was in store
    [{}, ['Ann', 'Bob', 'Cem', 'Eve']],
  ])('purchased %j', async (purchased, expected) => {
    expect(await members({ purchased })).toEqual(expected);
  });

  it.each([
    [{ types: ['PAGE_VIEW', 'SITE_SEARCH'] }, ['Ann', 'Bob']],
    [{ channels: ['MOBILE_APP'] }, ['Cem']],
    [{ topics: ['Coffee'] }, ['Bob']],
    [{ skus: ['ESP'] }, ['Ann']],
    [{ skus: ['KET'], types: ['PAGE_VIEW'] }, []],
    [{ since: '2026-03-01T00:00:00Z' }, ['Bob', 'Cem']],
    [{ until: '2026-01-01T00:00:00Z' }, ['Dee']],
    [{}, ['Ann', 'Bob', 'Cem', 'Dee']],
  ])('touched %j', async (touched, expected) => {
    expect(await members({ touched })).toEqual(expected);
  });

  it.each([
    [{ skus: ['ESP'] }, ['Ann', 'Bob']],
    [{ topics: ['coffee'] }, ['Ann']],
    [{ topics: ['CAMPING'] }, ['Dee']],
    [{ platforms: ['Instagram'] }, ['Ann', 'Dee']],
    [{ types: ['POST'] }, ['Dee']],
    [{ minSentiment: 0.5 }, ['Ann']],
    [{ maxSentiment: 0 }, ['Bob']],
    [{ skus: ['ESP'], minSentiment: 0 }, ['Ann']],
    [{ since: '2026-03-01T00:00:00Z' }, ['Ann', 'Bob']],
    [{ until: '2026-03-01T00:00:00Z' }, ['Dee']],
  ])('said %j', async (said, expected) => {
    expect(await members({ said })).toEqual(expected);
  });

  it.each([
    [{ purpose: 'EMAIL_MARKETING' }, ['Ann', 'Cem', 'Eve']], // Bob's latest decision is a withdrawal, Cem's a grant
    [{ purpose: 'EMAIL_MARKETING', status: 'WITHDRAWN' }, ['Bob']],
    [{ purpose: 'SMS_MARKETING', status: 'GRANTED' }, ['Cem']],
    [{ purpose: 'PROFILING' }, []],
  ])('consented %j', async (consented, expected) => {
    expect(await members({ consented })).toEqual(expected);
  });

  it.each([
    [{ country: 'France' }, ['Ann', 'Dee', 'Fay']],
    [{ city: 'PARIS' }, ['Ann', 'Fay']],
    [{ lifecycleStage: 'lead' }, ['Dee']],
    [{ familyName: 'martin' }, ['Dee', 'Fay']],
    [{ country: 'FR', city: 'Lyon' }, ['Dee']],
    [{ createdBefore: '2000-01-01T00:00:00Z' }, []],
  ])('profile %j', async (profile, expected) => {
    expect(await members({ profile })).toEqual(expected);
  });

  it.each([
    [{ minOrders: 2 }, ['Ann', 'Cem']],
    [{ maxOrders: 0 }, ['Dee', 'Fay']],
    [{ minLifetimeValue: '250' }, ['Ann', 'Cem']], // Eve's 249.90 falls short
    [{ maxLifetimeValue: '100' }, ['Bob', 'Dee', 'Fay']], // no order counts as 0
    [{ lastSeenAfter: '2026-03-12T00:00:00Z' }, ['Cem']], // Ann's latest order is Mar 10; signals do not count as seen
    [{ lastSeenBefore: '2026-01-01T00:00:00Z' }, ['Dee', 'Eve']], // Fay was never seen
    [{ minOrders: 1, maxLifetimeValue: '250' }, ['Bob', 'Eve']],
  ])('metrics %j', async (metrics, expected) => {
    expect(await members({ metrics })).toEqual(expected);
  });

  it.each([
    [
      'talked about ESP this month, bought in its category, agreed to emails',
      {
        all: [
          { said: { skus: ['ESP'], since: '2026-03-01T00:00:00Z' } },
          { purchased: { category: 'Home > Kitchen' } },
          { consented: { purpose: 'EMAIL_MARKETING' } },
        ],
      },
      ['Ann'],
    ],
    ['camping, said or bought', { any: [{ said: { topics: ['camping'] } }, { purchased: { skus: ['TEN'] } }] }, ['Cem', 'Dee']],
    ['never bought', { not: { purchased: {} } }, ['Dee', 'Fay']],
    [
      'in France without email consent',
      { all: [{ profile: { country: 'FR' } }, { not: { consented: { purpose: 'EMAIL_MARKETING' } } }] },
      ['Dee', 'Fay'],
    ],
    [
      'British store buyers, or enthusiasts',
      { any: [{ all: [{ profile: { country: 'GB' } }, { purchased: { channels: ['STORE'] } }] }, { said: { minSentiment: 0.5 } }] },
      ['Ann', 'Eve'],
    ],
    ['silent: no touchpoint and no signal', { not: { any: [{ touched: {} }, { said: {} }] } }, ['Eve', 'Fay']],
    [
      'bought coffee gear but did not talk about it',
      {
        all: [
          { purchased: { category: 'Home > Kitchen > Coffee' } },
          { not: { said: { topics: ['coffee'] } } },
          { not: { said: { skus: ['ESP'] } } },
        ],
      },
      ['Eve'],
    ],
    ['all of one', { all: [{ all: [{ touched: { skus: ['ESP'] } }] }] }, ['Ann']],
  ])('combines conditions: %s', async (_case, filter, expected) => {
    expect(await members(filter)).toEqual(expected);
  });

  it('pages through every member once, in id order, from an anchor and from a scan', async () => {
    await service.ingestion.run(
      Array.from({ length: 25 }, (_, i) => person(`Filler${String(i).padStart(2, '0')}`, 'Filler', 'NL', 'Utrecht', 'lead')),
    );
    const page = `query Page($filter: AudienceFilter!, $first: Int, $after: String) {
      audience(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id givenName } } pageInfo { hasNextPage endCursor } }
    }`;
    for (const [filter, first, size] of [
      [{ any: [{ profile: { country: 'NL' } }, { profile: { country: 'FR' } }] }, 5, 28],
      [{ purchased: { category: 'Home > Kitchen' } }, 1, 4],
    ] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const { audience } = await ask(page, { filter, first, after });
        expect(audience.totalCount).toBe(size);
        seen.push(...audience.edges.map((edge: { node: { id: string } }) => edge.node.id));
        pages += 1;
        if (!audience.pageInfo.hasNextPage) break;
        after = audience.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(size);
      expect(new Set(seen).size).toBe(size);
      expect(seen).toEqual([...seen].sort());
      expect(pages).toBe(Math.ceil(size / first));
    }
  });

  it('shows analysts the Cypher and parameters; input only ever becomes parameter values', async () => {
    const filter = { all: [{ profile: { familyName: "x' OR 1=1 //" } }, { said: { topics: ['coffee'] } }] };
    const { compileAudience, audience } = await ask(
      'query C($filter: AudienceFilter!) { compileAudience(filter: $filter) { cypher parameters } audience(filter: $filter, first: 3) { compiled { cypher parameters } } }',
      { filter },
    );
    expect(compileAudience.cypher).toContain('WHERE t.name IN $c2_topics');
    expect(compileAudience.cypher).not.toContain('1=1');
    expect(JSON.parse(compileAudience.parameters)).toEqual({ c1_familyName: "x' or 1=1 //", c2_topics: ['coffee'], after: '', limit: 101 });
    expect(audience.compiled.cypher).toBe(compileAudience.cypher);
    expect(JSON.parse(audience.compiled.parameters)).toMatchObject({ after: '', limit: 4 });
  });

  it.each([
    [
      { all: [{ profile: { country: 'FR' } }, { profile: { country: 'FR' }, said: {} }] },
      'filter.all[1]: give exactly one of all, any, not, purchased, touched, said, consented, profile, metrics',
    ],
    [{}, 'filter: give exactly one of all, any, not, purchased, touched, said, consented, profile, metrics'],
    [{ any: [] }, 'filter.any: give at least one filter'],
    [
      { not: { purchased: { minSpend: 'lots' } } },
      'filter.not.purchased.minSpend: is not an amount of money (a non-negative decimal with at most 2 decimals)',
    ],
    [{ touched: { types: ['PAGE_VIEW', 'TELEPATHY'] } }, 'filter.touched.types[1]: '],
    [{ said: { minSentiment: 2 } }, 'filter.said.minSentiment: must be between -1 and 1'],
    [{ consented: { purpose: 'EVERYTHING' } }, 'filter.consented.purpose: '],
    [{ profile: {} }, 'filter.profile: give at least one field'],
    [{ profile: { country: 'Atlantis' } }, 'filter.profile.country: is not a country (ISO 3166 code or English name)'],
    [
      { not: { not: { not: { not: { not: { not: { profile: { country: 'FR' } } } } } } } },
      'filter.not.not.not.not.not.not: filters nest at most 6 deep',
    ],
    [
      { any: Array.from({ length: 51 }, () => ({ profile: { country: 'FR' } })) },
      'filter: a filter has at most 50 conditions, this one has 51',
    ],
  ])('refuses a bad filter %j, naming the argument path', async (filter, message) => {
    const { body } = await graphql(service.url, membersQuery, { filter });
    expect(body.data).toBeNull();
    expect(body.errors?.[0].message).toContain(message);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: message.slice(0, message.indexOf(':')) });
  });

  it('refuses a cursor of another list', async () => {
    const { body } = await graphql(service.url, '{ audience(filter: {purchased: {}}, after: "bm9wZQ") { nodes { id } } }');
    expect(body.errors?.[0].message).toMatch(/^after: not a cursor of this list/);
  });
});
