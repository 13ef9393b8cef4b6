import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { graphql, startTestService, statementsRun, type RunningService } from '../support/service.js';

/**
 * Three customers whose journeys we know by heart, imported through the product's pipeline:
 * Ann (FR) is reached by an ad, browses, buys on the web, then stays and scores a survey 10;
 * Ben (GB) reads emails and searches but never buys; Cleo (FR) walks into a store and buys,
 * then reviews the product warmly on social media.
 */
const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
const touchpoint = (sourceId: string, email: string, type: string, channel: string, at: string, extra: Record<string, unknown> = {}) =>
  record({ kind: 'touchpoint', source: 'web', sourceId, email, type, channel, at, ...extra });
const order = (sourceId: string, email: string, channel: string, placedAt: string) =>
  record({
    kind: 'order',
    source: 'shop',
    sourceId,
    email,
    channel,
    placedAt,
    currency: 'EUR',
    lines: [{ sku: 'SKU-1', quantity: 1, unitPrice: '20.00' }],
  });

const ann = 'ann@example.com';
const ben = 'ben@example.com';
const cleo = 'cleo@example.com';

const journeyFields =
  'steps { kind id type channel at stage channelChanged } channelSwitches { count switches { from to at } } entry { id channel } currentStage';

describe('journeys over HTTP', () => {
  let service: RunningService;
  const ids: Record<string, string> = {};
  const ask = async (query: string, variables?: Record<string, unknown>) => (await graphql(service.url, query, variables)).body;
  const journey = async (email: string, args = '') => {
    const body = await ask(`query($id: ID!) { customer(id: $id) { journey${args} { ${journeyFields} } } }`, { id: ids[email] });
    expect(body.errors).toBeUndefined();
    return body.data.customer.journey;
  };

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    await service.ingestion.run([
      record({
        kind: 'product',
        source: 'shop',
        sourceId: 'SKU-1',
        name: 'Teapot',
        categoryPath: 'Home > Kitchen > Tea',
        price: '20.00',
        currency: 'EUR',
      }),
      record({ kind: 'customer', source: 'crm', sourceId: 'C-ANN', email: ann, country: 'FR' }),
      record({ kind: 'customer', source: 'crm', sourceId: 'C-BEN', email: ben, country: 'GB' }),
      record({ kind: 'customer', source: 'crm', sourceId: 'C-CLEO', email: cleo, country: 'FR' }),
      touchpoint('A-4', ann, 'CART', 'WEB', '2026-01-04T10:00:00Z', { sku: 'SKU-1' }),
      order('O-A', ann, 'WEB', '2026-01-05T10:00:00Z'),
      touchpoint('A-6', ann, 'EMAIL_OPEN', 'EMAIL', '2026-01-10T10:00:00Z'),
      touchpoint('A-7', ann, 'STORE_VISIT', 'STORE', '2026-01-20T10:00:00Z'),
      touchpoint('A-8', ann, 'SURVEY_ANSWER', 'EMAIL', '2026-02-01T10:00:00Z', { score: 10 }),
      touchpoint('B-1', ben, 'EMAIL_OPEN', 'EMAIL', '2026-01-01T09:00:00Z'),
      touchpoint('B-2', ben, 'EMAIL_CLICK', 'EMAIL', '2026-01-02T09:00:00Z'),
      touchpoint('B-3', ben, 'SITE_SEARCH', 'WEB', '2026-01-03T09:00:00Z', { searchTerm: 'teapot' }),
      order('O-C', cleo, 'STORE', '2026-01-07T12:00:00Z'),
      record({
        kind: 'socialSignal',
        source: 'social',
        sourceId: 'S-C',
        email: cleo,
        type: 'REVIEW',
        platform: 'instagram',
        sentiment: 0.8,
        at: '2026-01-09T12:00:00Z',
        skus: ['SKU-1'],
      }),
    ]);
    // Ann's first steps arrive late: the journey must still start with them.
    await service.ingestion.run([
      touchpoint('A-1', ann, 'AD_CLICK', 'ADS', '2026-01-01T10:00:00Z', { campaign: 'winter' }),
      touchpoint('A-2', ann, 'PAGE_VIEW', 'WEB', '2026-01-02T10:00:00Z'),
      touchpoint('A-3', ann, 'PAGE_VIEW', 'WEB', '2026-01-03T10:00:00Z', { sku: 'SKU-1' }),
    ]);
    for (const email of [ann, ben, cleo]) {
      ids[email] = (await ask(`{ customerByIdentity(type: EMAIL, value: "${email}") { id } }`)).data.customerByIdentity.id;
    }
  });
  afterAll(() => service.stop());

  it('gives the steps in time order, each with its stage, even when events arrived late', async () => {
    const { steps } = await journey(ann);
    expect(steps.map((step: { id: string; stage: string }) => [step.id, step.stage])).toEqual([
      ['web|A-1', 'AWARENESS'],
      ['web|A-2', 'AWARENESS'],
      ['web|A-3', 'CONSIDERATION'],
      ['web|A-4', 'CONSIDERATION'],
      ['shop|O-A', 'PURCHASE'],
      ['web|A-6', 'RETENTION'],
      ['web|A-7', 'RETENTION'],
      ['web|A-8', 'ADVOCACY'],
    ]);
    expect(steps[4]).toEqual({
      kind: 'ORDER',
      id: 'shop|O-A',
      type: 'ORDER',
      channel: 'WEB',
      at: '2026-01-05T10:00:00.000Z',
      stage: 'PURCHASE',
      channelChanged: false,
    });
    expect(steps[0]).toMatchObject({ kind: 'TOUCHPOINT', type: 'AD_CLICK', channel: 'ADS', channelChanged: false });
  });

  it('counts the channel switches and tells where the customer entered and stands now', async () => {
    const whole = await journey(ann);
    expect(whole.steps.map((step: { channelChanged: boolean }) => step.channelChanged)).toEqual([
      false,
      true,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
    expect(whole.channelSwitches).toEqual({
      count: 4,
      switches: [
        { from: 'ADS', to: 'WEB', at: '2026-01-02T10:00:00.000Z' },
        { from: 'WEB', to: 'EMAIL', at: '2026-01-10T10:00:00.000Z' },
        { from: 'EMAIL', to: 'STORE', at: '2026-01-20T10:00:00.000Z' },
        { from: 'STORE', to: 'EMAIL', at: '2026-02-01T10:00:00.000Z' },
      ],
    });
    expect(whole.entry).toEqual({ id: 'web|A-1', channel: 'ADS' });
    expect(whole.currentStage).toBe('ADVOCACY');
    expect((await journey(ben)).currentStage).toBe('CONSIDERATION');
  });

  it('lets a social signal newer than every step decide the current stage', async () => {
    const cleoJourney = await journey(cleo);
    // The review is a step of its own now, on its platform (it used to be left out of the steps).
    expect(cleoJourney.steps.map((step: { stage: string }) => step.stage)).toEqual(['PURCHASE', 'ADVOCACY']);
    expect(cleoJourney.steps[1]).toMatchObject({ kind: 'SOCIAL_SIGNAL', type: 'REVIEW', channel: 'instagram', channelChanged: true });
    expect(cleoJourney.currentStage).toBe('ADVOCACY');
  });

  it('filters by time window and channels, keeping stages, entry and current stage from the whole journey', async () => {
    const window = await journey(ann, '(since: "2026-01-03T10:00:00Z", until: "2026-01-20T10:00:00Z")');
    expect(window.steps.map((step: { id: string }) => step.id)).toEqual(['web|A-3', 'web|A-4', 'shop|O-A', 'web|A-6']);
    expect(window.steps[3].stage).toBe('RETENTION');
    expect(window.entry).toEqual({ id: 'web|A-1', channel: 'ADS' });
    expect(window.currentStage).toBe('ADVOCACY');

    const onlyEmailAndStore = await journey(ann, '(channels: ["EMAIL", "STORE"])');
    expect(onlyEmailAndStore.steps.map((step: { id: string }) => step.id)).toEqual(['web|A-6', 'web|A-7', 'web|A-8']);
    expect(onlyEmailAndStore.steps[0].channelChanged).toBe(false);
    expect(onlyEmailAndStore.channelSwitches.count).toBe(2);
  });

  it('gives an empty journey to a customer without events', async () => {
    await service.ingestion.run([record({ kind: 'customer', source: 'crm', sourceId: 'C-DAN', email: 'dan@example.com' })]);
    const id = (await ask('{ customerByIdentity(type: EMAIL, value: "dan@example.com") { id } }')).data.customerByIdentity.id;
    const body = await ask(`{ customer(id: "${id}") { journey { steps { id } channelSwitches { count } entry { id } currentStage } } }`);
    expect(body).toEqual({
      data: { customer: { journey: { steps: [], channelSwitches: { count: 0 }, entry: null, currentStage: null } } },
    });
  });

  it('counts the paths to a first purchase by channel and by stage, within the step limit', async () => {
    const paths = async (args: string) => {
      const body = await ask(`{ journeyPaths${args} { by maxSteps customers paths { steps customers share } } }`);
      expect(body.errors).toBeUndefined();
      return body.data.journeyPaths;
    };
    expect(await paths('')).toEqual({
      by: 'CHANNEL',
      maxSteps: 5,
      customers: 2,
      paths: [
        { steps: ['ADS', 'WEB', 'WEB', 'WEB', 'WEB'], customers: 1, share: 0.5 },
        { steps: ['STORE'], customers: 1, share: 0.5 },
      ],
    });
    expect((await paths('(by: STAGE)')).paths.map((path: { steps: string[] }) => path.steps)).toEqual([
      ['AWARENESS', 'AWARENESS', 'CONSIDERATION', 'CONSIDERATION', 'PURCHASE'],
      ['PURCHASE'],
    ]);
    // Ann's order is her fifth step: beyond a limit of four.
    expect(await paths('(maxSteps: 4)')).toMatchObject({
      maxSteps: 4,
      customers: 1,
      paths: [{ steps: ['STORE'], customers: 1, share: 1 }],
    });
  });

  it('counts entry points by channel and country, and where journeys stop before buying', async () => {
    const body = await ask(
      '{ journeyEntryPoints { channel country customers share } journeyDropOffs { type channel stage customers share } }',
    );
    expect(body.errors).toBeUndefined();
    // Dan has no step, so he neither entered nor dropped off.
    expect(body.data.journeyEntryPoints).toEqual([
      { channel: 'ADS', country: 'FR', customers: 1, share: 1 / 3 },
      { channel: 'EMAIL', country: 'GB', customers: 1, share: 1 / 3 },
      { channel: 'STORE', country: 'FR', customers: 1, share: 1 / 3 },
    ]);
    expect(body.data.journeyDropOffs).toEqual([{ type: 'SITE_SEARCH', channel: 'WEB', stage: 'CONSIDERATION', customers: 1, share: 1 }]);
  });

  it('reads the journeys of a whole page of customers in one round trip, the page itself', async () => {
    const count = () => statementsRun(service);
    const before = await count();
    const body = await ask(
      `{ customers(first: 10) { nodes { id journey { steps { id } } window: journey(channels: ["WEB"]) { steps { id } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.customers.nodes).toHaveLength(4);
    expect((await count()) - before).toBe(1);
  });

  it("reads a customer's journey in the customer's own statement", async () => {
    const query = `{ customer(id: "${ids[ann]}") { givenName journey { steps { id } } recent: journey(since: "2026-01-01T00:00:00Z") { steps { id } } } }`;
    await ask(query);
    const before = await statementsRun(service);
    const body = await ask(query);
    expect(body.errors).toBeUndefined();
    expect(body.data.customer.journey.steps.length).toBeGreaterThan(0);
    expect(await statementsRun(service)).toBe(before + 1);
  });

  it('names the argument that is wrong', async () => {
    const cases: [string, string][] = [
      ['{ journeyPaths(maxSteps: 11) { customers } }', 'maxSteps'],
      ['{ journeyPaths(maxSteps: 0) { customers } }', 'maxSteps'],
      ['{ journeyPaths(first: 101) { customers } }', 'first'],
      ['{ journeyEntryPoints(first: 0) { customers } }', 'first'],
      ['{ journeyDropOffs(first: -1) { customers } }', 'first'],
      [`{ customer(id: "${ids[ann]}") { journey(channels: ["FAX"]) { steps { id } } } }`, 'channels'],
      [
        `{ customer(id: "${ids[ann]}") { journey(since: "2026-02-01T00:00:00Z", until: "2026-01-01T00:00:00Z") { steps { id } } } }`,
        'until',
      ],
    ];
    for (const [query, argument] of cases) {
      const body = await ask(query);
      expect(body.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.errors?.[0]?.message, query).toMatch(new RegExp(`^${argument}: `));
    }
  });
});
