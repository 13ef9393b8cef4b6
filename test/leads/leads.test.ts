import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate } from '../../src/activation/activate.js';
import { loadLeadRules } from '../../src/leads/rules.js';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, graphql, startTestService, type RunningService, statementsRun } from '../support/service.js';

const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
const loadedAt = Date.now();
const daysAgo = (days: number) => new Date(loadedAt - days * 86_400_000).toISOString();
const person = (name: string) => ({ email: `${name}@example.com` });
const touch = (id: string, name: string, type: string, channel: string, days: number, extra: Record<string, unknown> = {}) =>
  record({ kind: 'touchpoint', source: 'web', sourceId: id, ...person(name), type, channel, at: daysAgo(days), ...extra });
const consent = (id: string, name: string, purpose: string, status: string, days: number) =>
  record({ kind: 'consent', source: 'email', sourceId: id, ...person(name), purpose, status, at: daysAgo(days) });
const order = (id: string, name: string, sku: string, days: number) =>
  record({
    kind: 'order',
    source: 'shop',
    sourceId: id,
    ...person(name),
    placedAt: daysAgo(days),
    channel: 'WEB',
    currency: 'GBP',
    lines: [{ sku, quantity: 1, unitPrice: '10.00' }],
  });
const review = (id: string, name: string, sku: string, sentiment: number, days: number) =>
  record({
    kind: 'socialSignal',
    source: 'social',
    sourceId: id,
    ...person(name),
    type: 'REVIEW',
    platform: 'instagram',
    text: 'about it',
    sentiment,
    at: daysAgo(days),
    skus: [sku],
  });

/**
 * Six people and the subject "coffee" (the espresso machine is about it; the grinder shares its
 * category; the kettle sits in the parent category): the right answer for each is worked out here.
 */
const scenario = [
  record({
    kind: 'product',
    source: 'shop',
    sourceId: 'SKU-1',
    name: 'Espresso machine',
    categoryPath: 'Home > Kitchen > Coffee',
    topics: ['coffee'],
  }),
  record({ kind: 'product', source: 'shop', sourceId: 'SKU-3', name: 'Kettle', categoryPath: 'Home > Kitchen' }),
  record({ kind: 'product', source: 'shop', sourceId: 'SKU-9', name: 'Tent', categoryPath: 'Outdoor > Camping' }),
  // Sam reviews the machine in public, reads emails and agreed to email marketing: a sales call, by email.
  review('R-1', 'sam', 'SKU-1', 0.9, 3),
  touch('T-1', 'sam', 'EMAIL_OPEN', 'EMAIL', 5),
  consent('K-1', 'sam', 'EMAIL_MARKETING', 'GRANTED', 100),
  // Eve only searched for it and never consented to anything: a campaign, but no channel.
  touch('T-2', 'eve', 'SITE_SEARCH', 'WEB', 2, { searchTerm: 'espresso machine', topic: 'coffee' }),
  // Ula bought a kettle, texts with the shop and agreed to SMS but withdrew email: an upsell by SMS.
  order('O-1', 'ula', 'SKU-3', 40),
  touch('T-3', 'ula', 'EMAIL_OPEN', 'SMS', 10),
  touch('T-4', 'ula', 'EMAIL_OPEN', 'EMAIL', 11),
  touch('T-5', 'ula', 'EMAIL_OPEN', 'EMAIL', 12),
  consent('K-2', 'ula', 'SMS_MARKETING', 'GRANTED', 50),
  consent('K-3', 'ula', 'EMAIL_MARKETING', 'GRANTED', 60),
  consent('K-4', 'ula', 'EMAIL_MARKETING', 'WITHDRAWN', 20),
  // Sid browsed it but has an unresolved support contact: service first.
  touch('T-6', 'sid', 'PAGE_VIEW', 'WEB', 1, { sku: 'SKU-1' }),
  touch('T-7', 'sid', 'SUPPORT_CONTACT', 'CALL_CENTRE', 4, { resolved: false, comment: 'still broken' }),
  // Nia bought a tent: nothing about coffee.
  order('O-2', 'nia', 'SKU-9', 5),
  // Pat talks about it but withdrew consent to profiling: left out.
  review('R-2', 'pat', 'SKU-1', 0.5, 2),
  consent('K-5', 'pat', 'PROFILING', 'WITHDRAWN', 30),
];

describe('lead qualification', () => {
  let service: RunningService;
  const ask = (query: string, variables?: Record<string, unknown>) => answer(service.url, query, variables);
  const idOf = async (name: string) =>
    (await ask(`{ customerByIdentity(type: EMAIL, value: "${name}@example.com") { id } }`)).customerByIdentity.id as string;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    expect(await service.ingestion.run(scenario)).toMatchObject({ rejected: 0 });
  });
  afterAll(() => service.stop());

  it('ranks the people of a topic with the right recommendation and channel for each', async () => {
    const { leads } = await ask(
      '{ leads(subject: { topic: "coffee" }) { totalCount nodes { customer { givenName identities { value } } recommendation score channel } } }',
    );
    const byEmail = Object.fromEntries(
      leads.nodes.map((lead: { customer: { identities: { value: string }[] } }) => [
        lead.customer.identities[0]!.value.split('@')[0],
        lead,
      ]),
    );
    expect(Object.keys(byEmail).sort()).toEqual(['eve', 'sam', 'sid', 'ula']);
    expect(leads.totalCount).toBe(4);
    expect(byEmail.sam).toMatchObject({ recommendation: 'SALES_CALL', channel: 'EMAIL' });
    expect(byEmail.eve).toMatchObject({ recommendation: 'EARLY_STAGE_CAMPAIGN', channel: null });
    expect(byEmail.ula).toMatchObject({ recommendation: 'UPSELL', channel: 'SMS' });
    expect(byEmail.sid).toMatchObject({ recommendation: 'SERVICE_FIRST', channel: null });
    const scores = leads.nodes.map((lead: { score: number }) => lead.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // A positive review three days ago outweighs everything else.
    expect(leads.nodes[0].recommendation).toBe('SALES_CALL');
  });

  it('explains one person with the facts behind the recommendation, and says NONE when nothing speaks for it', async () => {
    const query =
      'query Q($id: ID!, $subject: LeadSubject!) { customer(id: $id) { qualification(subject: $subject) { recommendation channel reasons { kind factId text } } } }';
    const sam = (await ask(query, { id: await idOf('sam'), subject: { sku: 'SKU-1' } })).customer.qualification;
    expect(sam.recommendation).toBe('SALES_CALL');
    expect(sam.reasons[0]).toMatchObject({ kind: 'TALKED', factId: 'social|R-1' });
    expect(sam.reasons[0].text).toMatch(/^review on instagram about Espresso machine on \d{4}-\d\d-\d\d \(sentiment 0.9\)$/);
    const sid = (await ask(query, { id: await idOf('sid'), subject: { topic: 'coffee' } })).customer.qualification;
    expect(sid.reasons.map((reason: { kind: string; factId: string }) => `${reason.kind} ${reason.factId}`)).toEqual([
      'COMPLAINED web|T-7',
      'BROWSED web|T-6',
    ]);
    expect(sid.reasons[0].text).toMatch(/unresolved support contact on CALL_CENTRE on .*: "still broken"/);
    const nia = (await ask(query, { id: await idOf('nia'), subject: { topic: 'coffee' } })).customer.qualification;
    expect(nia).toEqual({ recommendation: 'NONE', channel: null, reasons: [] });
    const pat = (await ask(query, { id: await idOf('pat'), subject: { topic: 'coffee' } })).customer.qualification;
    expect(pat.recommendation).toBe('NONE');
  });

  it('plans the next contact: topic, consented channel, the most active hour, within the frequency cap', async () => {
    const query =
      'query N($id: ID!) { customer(id: $id) { nextBestAction { topic { name } recommendation channel activeHour at capped reasons { factId } } } }';
    const sam = await idOf('sam');
    const hour = new Date(loadedAt).getUTCHours();
    const plan = (await ask(query, { id: sam })).customer.nextBestAction;
    expect(plan).toMatchObject({
      topic: { name: 'coffee' },
      recommendation: 'SALES_CALL',
      channel: 'EMAIL',
      activeHour: hour,
      capped: false,
    });
    expect(plan.reasons[0].factId).toBe('social|R-1');
    const at = Date.parse(plan.at);
    expect(new Date(at).getUTCHours()).toBe(hour);
    expect(at - Date.now()).toBeGreaterThanOrEqual(0);
    expect(at - Date.now()).toBeLessThanOrEqual(86_400_000);

    // Two activations reach Sam: the cap (2 in 7 days) pushes the next contact a week after the first.
    const destinations = new Map([
      [
        'newsletter',
        {
          name: 'newsletter',
          kind: 'file' as const,
          format: 'ndjson' as const,
          directory: mkdtempSync(join(tmpdir(), 'nba-')),
          purpose: 'EMAIL_MARKETING' as const,
          channel: 'EMAIL' as const,
          fields: ['id' as const],
        },
      ],
    ]);
    const first = Date.now();
    for (let n = 0; n < 2; n += 1)
      await activate(
        service.graph,
        loadLeadRules(),
        destinations,
        'newsletter',
        { audience: { consented: { purpose: 'EMAIL_MARKETING' } } },
        false,
      );
    const capped = (await ask(query, { id: sam })).customer.nextBestAction;
    expect(capped.capped).toBe(true);
    expect(Date.parse(capped.at)).toBeGreaterThanOrEqual(first + 7 * 86_400_000 - 60_000);
    expect(new Date(Date.parse(capped.at)).getUTCHours()).toBe(hour);
    expect((await ask(query, { id: await idOf('nia') })).customer.nextBestAction).toBeNull();
  });

  it('answers a page of customers with the same qualifications and actions as one by one, in as many statements for 3 as for 6', async () => {
    const fields =
      'id qualification(subject: { topic: "coffee" }) { recommendation channel reasons { factId } } nextBestAction { topic { name } recommendation channel capped }';

    const page = async (first: number) => {
      const before = await statementsRun(service);
      const { customers } = await ask(`query P($first: Int) { customers(first: $first) { nodes { ${fields} } } }`, { first });
      return { nodes: customers.nodes as { id: string; nextBestAction: unknown }[], statements: (await statementsRun(service)) - before };
    };
    const three = await page(3);
    const six = await page(6);
    expect(six.nodes).toHaveLength(6);
    expect(six.statements).toBe(three.statements);
    for (const node of six.nodes) {
      const alone = (await ask(`query C($id: ID!) { customer(id: $id) { ${fields} } }`, { id: node.id })).customer;
      expect(node).toEqual(alone);
    }
    expect(six.nodes.filter((node) => node.nextBestAction !== null).length).toBeGreaterThan(0);
  });

  it('answers a page of leads and their customers in one statement, ranked in the database as qualify.ts scores them', async () => {
    const page = (parts: string) =>
      `query L($recommendation: LeadRecommendation) { leads(subject: { topic: "coffee" }, recommendation: $recommendation) { totalCount edges { cursor node { score recommendation ${parts} customer { id givenName identities { value } } } } } }`;
    // Asking for reasons makes qualify.ts qualify each lead from the facts the statement carries.
    const query = page('channel reasons { kind }');
    await ask(query);
    const before = await statementsRun(service);
    const { leads } = await ask(query);
    expect(await statementsRun(service)).toBe(before + 1);
    expect(leads.edges.length).toBe(leads.totalCount);
    const ranked = leads.edges.map((edge: { cursor: string; node: { score: number; customer: { id: string } } }) => {
      const [score, id] = JSON.parse(Buffer.from(edge.cursor, 'base64url').toString('utf8'));
      // The database's score (the cursor) is the one qualify.ts gives (the node).
      expect([score, id]).toEqual([edge.node.score, edge.node.customer.id]);
      return [score, id] as [number, string];
    });
    const inOrder = [...ranked].sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]));
    expect(ranked).toEqual(inOrder);
    // Without reasons or channel no facts are read, and the statement's score and recommendation are qualify.ts's.
    const withoutFacts = (await ask(page(''))).leads;
    const summary = (edges: { cursor: string; node: { score: number; recommendation: string; customer: { id: string } } }[]) =>
      edges.map((edge) => [edge.cursor, edge.node.score, edge.node.recommendation, edge.node.customer.id]);
    expect(summary(withoutFacts.edges)).toEqual(summary(leads.edges));
    // Everyone of one recommendation, as qualify.ts recommends them.
    const sales = (await ask(query, { recommendation: 'SALES_CALL' })).leads;
    const everyone = leads.edges.map((edge: { node: { recommendation: string; customer: { id: string } } }) => edge.node);
    expect(sales.edges.map((edge: { node: { customer: { id: string } } }) => edge.node.customer.id)).toEqual(
      everyone
        .filter((node: { recommendation: string }) => node.recommendation === 'SALES_CALL')
        .map((node: { customer: { id: string } }) => node.customer.id),
    );
  });

  it('filters by recommendation, pages, and names a bad subject', async () => {
    const { leads } = await ask('{ leads(subject: { category: "Home > Kitchen" }, recommendation: UPSELL) { nodes { recommendation } } }');
    expect(leads.nodes).toEqual([{ recommendation: 'UPSELL' }]);
    const first = await ask('{ leads(subject: { topic: "coffee" }, first: 2) { pageInfo { hasNextPage endCursor } nodes { score } } }');
    const rest = await ask(
      'query N($after: String) { leads(subject: { topic: "coffee" }, first: 2, after: $after) { pageInfo { hasNextPage } nodes { score } } }',
      { after: first.leads.pageInfo.endCursor },
    );
    expect([first.leads.nodes.length, rest.leads.nodes.length, rest.leads.pageInfo.hasNextPage]).toEqual([2, 2, false]);
    const { body } = await graphql(service.url, '{ leads(subject: { topic: "coffee", sku: "SKU-1" }) { totalCount } }');
    expect(body.errors?.[0]).toMatchObject({
      message: 'subject: give exactly one of sku, category, topic',
      extensions: { argument: 'subject' },
    });
  });
});
