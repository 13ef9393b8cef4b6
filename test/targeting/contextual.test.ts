import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { linkSignalsIntoJourneys } from '../../src/journeys/relink.js';
import { refreshTopicReach } from '../../src/topics/reach.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, graphql, startTestService, type RunningService } from '../support/service.js';
import { catalogue, daysAgo, emailOf, people } from './outdoor-shop.js';

/**
 * Contextual targeting on an outdoor shop's data (test/targeting/outdoor-shop.ts), through the
 * API against Neo4j: lead windows, open support contacts, topics reaching the catalogue by name,
 * an audience over what people wrote, social signals as journey steps.
 */
interface Lead {
  customer: { identities: { value: string }[] };
  recommendation: string;
  score: number;
  reasons: { kind: string; factId: string; text: string }[];
}

const leadFields = 'nodes { customer { identities { value } } recommendation score reasons { kind factId text } }';
const nameOf = (lead: Lead) => lead.customer.identities[0]!.value.split('@')[0]!;
const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });

describe('contextual targeting on data shaped unlike ours', () => {
  let service: RunningService;
  const ask = (query: string, variables?: Record<string, unknown>) => answer(service.url, query, variables);
  const leads = async (subject: Record<string, string>): Promise<Record<string, Lead>> => {
    const data = await ask(`query L($subject: LeadSubject!) { leads(subject: $subject, first: 100) { ${leadFields} } }`, { subject });
    return Object.fromEntries(data.leads.nodes.map((lead: Lead) => [nameOf(lead), lead]));
  };
  const idOf = async (name: string) =>
    (await ask(`{ customerByIdentity(type: EMAIL, value: "${emailOf(name)}") { id } }`)).customerByIdentity.id as string;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    // As at start-up: the topics of rules/topics.yaml (trail running and its synonyms among them).
    await refreshTopicReach(service.graph);
    expect(await service.ingestion.run([...catalogue, ...people])).toMatchObject({ rejected: 0 });
  });
  afterAll(() => service.stop());

  describe('lead windows', () => {
    it('keeps an upsell for a related purchase 200 days old, and at the last day of the 730-day window', async () => {
      const byName = await leads({ sku: 'FJ-100' });
      expect(byName.greta).toMatchObject({ recommendation: 'UPSELL' });
      expect(byName.hugo).toMatchObject({ recommendation: 'UPSELL' });
      // Decay still ranks: the older purchase weighs less.
      expect(byName.greta!.score).toBeGreaterThan(byName.hugo!.score);
      expect(byName.greta!.reasons[0]).toMatchObject({ kind: 'BOUGHT' });
      expect(byName.greta!.reasons[0]!.text).toMatch(/^bought Road Racer 3 \(order shop\|ORD-\d+\) on \d{4}-\d\d-\d\d$/);
    });

    it('drops a purchase one day past the window', async () => {
      expect(Object.keys(await leads({ sku: 'FJ-100' }))).not.toContain('ivo');
      const query =
        'query Q($id: ID!) { customer(id: $id) { qualification(subject: { sku: "FJ-100" }) { recommendation reasons { kind } } } }';
      expect((await ask(query, { id: await idOf('ivo') })).customer.qualification).toEqual({ recommendation: 'NONE', reasons: [] });
    });
  });

  describe('open support contacts', () => {
    it('serves first someone whose recent support contact does not say it was resolved', async () => {
      const byName = await leads({ sku: 'FJ-100' });
      expect(byName.omar).toMatchObject({ recommendation: 'SERVICE_FIRST' });
      expect(byName.omar!.reasons.map((reason) => reason.kind)).toEqual(['COMPLAINED', 'BROWSED']);
      expect(byName.omar!.reasons[0]!.text).toMatch(
        /^open \(resolution unknown\) support contact on CALL_CENTRE on \d{4}-\d\d-\d\d: "sole came off"$/,
      );
      // Stated unresolved 40 days ago: still open within the 60-day window.
      expect(byName.kai).toMatchObject({ recommendation: 'SERVICE_FIRST' });
      expect(byName.kai!.reasons[0]!.text).toMatch(/^unresolved support contact on EMAIL/);
      // Unknown resolution 20 days ago: past the 14 days it is presumed open.
      expect(byName.pia).toMatchObject({ recommendation: 'EARLY_STAGE_CAMPAIGN' });
      expect(byName.pia!.reasons.map((reason) => reason.kind)).toEqual(['BROWSED']);
    });
  });

  describe('topics reach the catalogue by name', () => {
    const reach = async () => {
      const data = await ask('query R($parameters: String) { runSavedQuery(name: "topic-reach", parameters: $parameters) { rows } }', {
        parameters: JSON.stringify({ since: daysAgo(1000), limit: 100 }),
      });
      return Object.fromEntries((JSON.parse(data.runSavedQuery.rows) as { topic: string }[]).map((row) => [row.topic, row]));
    };

    it('makes a buyer in a category named after the topic a lead for the topic', async () => {
      const byName = await leads({ topic: 'trail running' });
      expect(byName.lena).toMatchObject({ recommendation: 'UPSELL' });
      expect(byName.lena!.reasons[0]!.text).toMatch(/^bought Peregrine 14 /);
    });

    it('stores the links analysts and audiences read: the category and its products, not the road shoes', async () => {
      expect((await reach())['trail running']).toEqual({
        topic: 'trail running',
        categories: ['Sport > Running > Trail Running Shoes'],
        products: 2,
        productsByName: 2,
        buyers: 2,
      });
      const audience = await ask('{ audience(filter: { purchased: { topics: ["Trail Running"] } }) { nodes { identities { value } } } }');
      expect(audience.audience.nodes.map((node: Lead['customer']) => node.identities[0]!.value).sort()).toEqual([
        emailOf('lena'),
        emailOf('vera'),
      ]);
    });

    it('links a topic that arrives with an import, and a product that arrives later, by a synonym', async () => {
      expect(
        await service.ingestion.run([
          record({
            kind: 'touchpoint',
            source: 'web',
            sourceId: 'EV-LIGHT',
            email: emailOf('walt'),
            type: 'PAGE_VIEW',
            channel: 'WEB',
            at: daysAgo(1),
            topic: 'Lighting',
          }),
          record({ kind: 'product', source: 'shop', sourceId: 'FJ-500', name: 'Fell Running Vest', categoryPath: 'Outdoor > Vests' }),
        ]),
      ).toMatchObject({ rejected: 0 });
      const topics = await reach();
      expect(topics.lighting).toMatchObject({ categories: ['Outdoor > Lighting'], products: 1 });
      expect(topics['trail running']).toMatchObject({
        categories: ['Sport > Running > Trail Running Shoes'],
        products: 3,
        productsByName: 3,
      });
    });
  });

  describe('an audience over what people wrote', () => {
    const members = async (wrote: Record<string, unknown>) => {
      const data = await ask(
        'query A($filter: AudienceFilter!) { audience(filter: $filter, first: 100) { nodes { identities { value } } } }',
        { filter: { wrote } },
      );
      return data.audience.nodes.map((node: Lead['customer']) => node.identities[0]!.value.split('@')[0]).sort();
    };
    const withReason = (byName: Record<string, Lead>, kind: string) =>
      Object.entries(byName)
        .filter(([, lead]) => lead.reasons.some((reason) => reason.kind === kind))
        .map(([name]) => name)
        .sort();

    it("finds exactly the leads' searchers: free text, a synonym, within the same 90 days", async () => {
      const byName = await leads({ topic: 'trail running' });
      const searchers = await members({ terms: ['Trail Running'], in: ['SITE_SEARCH'], since: daysAgo(90) });
      expect(searchers).toEqual(withReason(byName, 'SEARCHED'));
      // Quinn typed "Trail-Running", Rosa "trail runners" (a synonym); Sven searched road running, Uma too long ago.
      expect(searchers).toEqual(['quinn', 'rosa']);
      expect(byName.quinn!.reasons.find((reason) => reason.kind === 'SEARCHED')!.text).toMatch(
        /^searched "any good shoes for Trail-Running in mud\?" on WEB on /,
      );
    });

    it("finds exactly the leads' talkers: by the text of a post, or a review of a covered product", async () => {
      const byName = await leads({ topic: 'trail running' });
      const talkers = await members({ terms: ['trail running'], in: ['SOCIAL_SIGNAL'], since: daysAgo(180) });
      expect(talkers).toEqual(withReason(byName, 'TALKED'));
      expect(talkers).toEqual(['tara', 'vera']);
      expect(byName.tara).toMatchObject({ recommendation: 'SALES_CALL' });
      expect(byName.tara!.reasons[0]!.text).toMatch(/^post on instagram about trail running on /);
      // Searched or talked about it in the last 30 days.
      expect(await members({ terms: ['trail running'], since: daysAgo(30) })).toEqual(['quinn', 'rosa', 'tara', 'vera']);
    });

    it('names a bad condition', async () => {
      const { body } = await graphql(service.url, '{ audience(filter: { wrote: { terms: ["x"], in: ["EMAIL"] } }) { totalCount } }');
      expect(body.errors?.[0]?.message).toMatch(/^filter\.wrote\.in\[0\]: /);
    });
  });

  describe('social signals as journey steps', () => {
    it('puts the post between the visits and the review after the purchase, each on its platform', async () => {
      const query =
        'query J($id: ID!) { customer(id: $id) { journey { steps { kind type channel stage channelChanged } entry { channel } currentStage } social: journey(channels: ["SOCIAL"]) { steps { type } } } }';
      const { customer } = await ask(query, { id: await idOf('vera') });
      expect(customer.journey.steps).toEqual([
        { kind: 'TOUCHPOINT', type: 'PAGE_VIEW', channel: 'WEB', stage: 'AWARENESS', channelChanged: false },
        { kind: 'SOCIAL_SIGNAL', type: 'POST', channel: 'instagram', stage: 'CONSIDERATION', channelChanged: true },
        { kind: 'TOUCHPOINT', type: 'STORE_VISIT', channel: 'STORE', stage: 'CONSIDERATION', channelChanged: true },
        { kind: 'ORDER', type: 'ORDER', channel: 'STORE', stage: 'PURCHASE', channelChanged: false },
        { kind: 'SOCIAL_SIGNAL', type: 'REVIEW', channel: 'instagram', stage: 'ADVOCACY', channelChanged: true },
      ]);
      expect(customer.journey.currentStage).toBe('ADVOCACY');
      expect(customer.social.steps.map((step: { type: string }) => step.type)).toEqual(['POST', 'REVIEW']);
      expect((await ask(query, { id: await idOf('walt') })).customer.journey.entry).toEqual({ channel: 'tiktok' });
    });

    it('counts them in the paths to purchase, the entry points and the drop-offs', async () => {
      const data = await ask(`{
        channel: journeyPaths(first: 100) { paths { steps customers } }
        stage: journeyPaths(by: STAGE, first: 100) { paths { steps customers } }
        journeyEntryPoints(first: 100) { channel customers }
        journeyDropOffs(first: 100) { type channel stage customers }
      }`);
      expect(data.channel.paths).toContainEqual({ steps: ['WEB', 'instagram', 'STORE', 'STORE'], customers: 1 });
      expect(data.stage.paths).toContainEqual({ steps: ['AWARENESS', 'CONSIDERATION', 'CONSIDERATION', 'PURCHASE'], customers: 1 });
      // Walt entered by a follow on tiktok, Tara by her post.
      expect(data.journeyEntryPoints).toContainEqual({ channel: 'tiktok', customers: 1 });
      expect(data.journeyEntryPoints).toContainEqual({ channel: 'instagram', customers: 1 });
      // Tara's post is where her journey stops; Quinn's last step is her mention on x.
      expect(data.journeyDropOffs).toContainEqual({ type: 'POST', channel: 'instagram', stage: 'CONSIDERATION', customers: 1 });
      expect(data.journeyDropOffs).toContainEqual({ type: 'MENTION', channel: 'x', stage: 'AWARENESS', customers: 1 });
    });
  });

  it('brings a graph written by an older version up to date, as start-up does', async () => {
    // Who is a lead for what (scores move with the clock between calls).
    const recommended = async () =>
      Object.fromEntries(Object.entries(await leads({ topic: 'trail running' })).map(([name, lead]) => [name, lead.recommendation]));
    const before = await recommended();
    expect(Object.keys(before).length).toBeGreaterThan(5);
    await service.graph.write(cypher.get('test-support/forget-derived-targeting'));
    const veraPath = ['WEB', 'instagram', 'STORE', 'STORE'];
    const paths = async () =>
      (await ask('{ journeyPaths(first: 100) { paths { steps } } }')).journeyPaths.paths.map((path: { steps: string[] }) => path.steps);
    expect(await recommended()).toEqual({});
    expect(await paths()).not.toContainEqual(veraPath);
    await refreshTopicReach(service.graph);
    await linkSignalsIntoJourneys(service.graph);
    expect(await recommended()).toEqual(before);
    expect(await paths()).toContainEqual(veraPath);
  });
});
