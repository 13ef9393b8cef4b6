import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, startTestService, type RunningService } from '../support/service.js';
import { hostileStrings, standardText } from './hostile-strings.js';

/** Quotes and plus signs are what the email schema accepts of the unusual; it refuses unicode and `$`, `{`, backticks. */
const emailOf = (n: number) => `O'Brien+${n}'--@Example.com`;

const profile = `givenName familyName street city region
  touchpoints { nodes { searchTerm campaign comment topic } }
  socialSignals { nodes { platform text topics } }`;

/** Strings with Cypher syntax, quotes and unicode are stored, read back and matched as plain data. */
describe('hostile strings as data', () => {
  let service: RunningService;
  const ids: string[] = [];

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    const customers = hostileStrings.map((text, n) => ({
      sourceId: `H-${n}`,
      email: emailOf(n),
      givenName: text,
      familyName: text,
      street: text,
      city: text,
      region: text,
    }));
    const touchpoints = hostileStrings.map((text, n) => ({
      sourceId: `T-${n}`,
      person: { email: emailOf(n) },
      type: 'SITE_SEARCH',
      channel: 'WEB',
      at: '2026-03-01T10:00:00Z',
      searchTerm: text,
      campaign: text,
      comment: text,
      topic: text,
    }));
    const signals = hostileStrings.map((text, n) => ({
      sourceId: `S-${n}`,
      person: { email: emailOf(n) },
      type: 'POST',
      platform: text,
      text,
      topics: [text],
      at: '2026-03-02T10:00:00Z',
    }));
    const data = await answer(
      service.url,
      `mutation Load($customers: [CustomerRecordInput!]!, $touchpoints: [TouchpointRecordInput!]!, $signals: [SocialSignalRecordInput!]!) {
      customers: ingestCustomers(source: "crm", records: $customers) { accepted records { customerId reasons } }
      touchpoints: ingestTouchpoints(source: "web", records: $touchpoints) { accepted records { reasons } }
      signals: ingestSocialSignals(source: "social", records: $signals) { accepted records { reasons } }
    }`,
      { customers, touchpoints, signals },
    );
    expect([data.customers.accepted, data.touchpoints.accepted, data.signals.accepted]).toEqual([10, 10, 10]);
    ids.push(...data.customers.records.map((record: { customerId: string }) => record.customerId));
    expect(new Set(ids).size).toBe(10);
  });
  afterAll(() => service.stop());

  it('reads every string back exactly as sent, after the documented standardisation', async () => {
    for (const [n, text] of hostileStrings.entries()) {
      const stored = standardText(text);
      const data = await answer(
        service.url,
        `query Who($email: String!) { customerByIdentity(type: EMAIL, value: $email) { id ${profile} } }`,
        { email: ` ${emailOf(n).toUpperCase()} ` },
      );
      expect(data.customerByIdentity).toEqual({
        id: ids[n],
        givenName: stored,
        familyName: stored,
        street: stored,
        city: stored,
        region: stored,
        touchpoints: { nodes: [{ searchTerm: stored, campaign: stored, comment: stored, topic: stored.toLowerCase() }] },
        socialSignals: { nodes: [{ platform: stored.toLowerCase(), text: stored, topics: [stored.toLowerCase()] }] },
      });
    }
  });

  it('finds each customer by a search for its name', async () => {
    for (const [n, text] of hostileStrings.entries()) {
      const data = await answer(service.url, `query Find($text: String!) { search(text: $text, first: 100) { nodes { id } } }`, { text });
      expect({ text, found: data.search.nodes.map((node: { id: string }) => node.id).includes(ids[n]) }).toEqual({ text, found: true });
    }
  });

  it('matches each customer, and only it, by audience filters and segments on the same strings', async () => {
    for (const [n, text] of hostileStrings.entries()) {
      const filter = {
        all: [
          { profile: { familyName: text, city: text, region: text } },
          { said: { platforms: [text], topics: [text] } },
          { touched: { topics: [text] } },
        ],
      };
      const audience = await answer(
        service.url,
        `query Who($filter: AudienceFilter!) { audience(filter: $filter, first: 100) { nodes { id } } }`,
        { filter },
      );
      expect({ text, ids: audience.audience.nodes.map((node: { id: string }) => node.id) }).toEqual({ text, ids: [ids[n]] });
      const name = `Segment ${text}`.slice(0, 100);
      const segment = await answer(
        service.url,
        `mutation Make($name: String!, $filter: AudienceFilter!) { createSegment(name: $name, filter: $filter) { name size members(first: 100) { nodes { id } } } }`,
        { name, filter },
      );
      expect(segment.createSegment).toEqual({ name: standardText(name), size: 1, members: { nodes: [{ id: ids[n] }] } });
      // By the stored name: createSegment trims it, segment(name) looks up what it is given.
      const again = await answer(service.url, `query Named($name: String!) { segment(name: $name) { size } }`, {
        name: standardText(name),
      });
      expect(again.segment).toEqual({ size: 1 });
    }
  });
});
