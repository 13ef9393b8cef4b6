import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate } from '../../src/activation/activate.js';
import type { Destination } from '../../src/activation/destinations.js';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { loadLeadRules } from '../../src/leads/rules.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, startTestService, type RunningService } from '../support/service.js';
import { startWebhook } from '../support/webhook.js';

/**
 * A consent decision made through setConsent is honoured wherever data leaves: the next
 * activation holds the person back, lead qualification stops offering the channel, and a
 * withdrawn PROFILING stops qualifying them at all.
 */
const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const person = (id: string, email: string, phone: string) =>
  record({ kind: 'customer', source: 'crm', sourceId: id, crmId: `CRM-${id}`, email, phone, givenName: id, country: 'GB' });
const consent = (id: string, email: string, purpose: string) =>
  record({ kind: 'consent', source: 'email', sourceId: id, email, purpose, status: 'GRANTED', at: daysAgo(30) });
const scenario = [
  record({
    kind: 'product',
    source: 'shop',
    sourceId: 'SKU-1',
    name: 'Kettle',
    categoryPath: ['Home', 'Kitchen'],
    price: '30.00',
    currency: 'GBP',
    topics: ['kitchen'],
  }),
  person('Ann', 'ann@example.com', '+44 20 7946 0001'),
  person('Eve', 'eve@example.com', '+44 20 7946 0002'),
  consent('K-1', 'ann@example.com', 'EMAIL_MARKETING'),
  consent('K-2', 'ann@example.com', 'SMS_MARKETING'),
  consent('K-3', 'eve@example.com', 'EMAIL_MARKETING'),
  record({
    kind: 'touchpoint',
    source: 'email',
    sourceId: 'T-1',
    email: 'ann@example.com',
    type: 'EMAIL_OPEN',
    channel: 'EMAIL',
    at: daysAgo(3),
  }),
  record({
    kind: 'socialSignal',
    source: 'social',
    sourceId: 'S-1',
    email: 'ann@example.com',
    type: 'REVIEW',
    platform: 'instagram',
    text: 'Love this kettle',
    sentiment: 0.9,
    at: daysAgo(2),
    skus: ['SKU-1'],
  }),
];

describe('consent decisions made through the API', () => {
  let service: RunningService;
  let webhook: Awaited<ReturnType<typeof startWebhook>>;
  /** The emails of each webhook call. */
  const received = () => webhook.received.map((call) => call.body.records.map((row) => row.email as string));
  const destinations = new Map<string, Destination>();
  let ann: string;
  const everyone = { audience: { profile: { country: 'GB' } } };
  const decide = (purpose: string, status: string) =>
    answer(
      service.url,
      `mutation($id: ID!) { setConsent(customerId: $id, purpose: ${purpose}, status: ${status}, source: "preference-centre") { status } }`,
      { id: ann },
    );
  const qualification = async () =>
    (
      await answer(
        service.url,
        'query($id: ID!) { customer(id: $id) { qualification(subject: { sku: "SKU-1" }) { recommendation channel } } }',
        { id: ann },
      )
    ).customer.qualification;

  beforeAll(async () => {
    webhook = await startWebhook();
    destinations.set('crm-sync', {
      name: 'crm-sync',
      kind: 'webhook',
      url: webhook.url,
      purpose: 'EMAIL_MARKETING',
      channel: 'EMAIL',
      fields: ['id', 'email'],
      batchSize: 10,
      retries: 0,
    });
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    expect(await service.ingestion.run(scenario)).toMatchObject({ rejected: 0 });
    ann = (await answer(service.url, '{ customerByIdentity(type: EMAIL, value: "ann@example.com") { id } }')).customerByIdentity.id;
  });
  afterAll(async () => {
    await service.stop();
    webhook.close();
  });

  it('removes a person who withdrew from the next activation, and from email as a lead channel', async () => {
    expect(await activate(service.graph, loadLeadRules(), destinations, 'crm-sync', everyone, false)).toMatchObject({ sent: 2 });
    expect(received().at(-1)!.sort()).toEqual(['ann@example.com', 'eve@example.com']);
    expect(await qualification()).toEqual({ recommendation: 'SALES_CALL', channel: 'EMAIL' });

    await decide('EMAIL_MARKETING', 'WITHDRAWN');
    const result = await activate(service.graph, loadLeadRules(), destinations, 'crm-sync', everyone, false);
    expect(result).toMatchObject({ sent: 1, exited: 1, heldBack: [{ reason: 'withdrew EMAIL_MARKETING', count: 1 }] });
    expect(received().at(-1)).toEqual(['eve@example.com']);
    expect(await qualification()).toEqual({ recommendation: 'SALES_CALL', channel: 'SMS' });
  });

  it('brings the person back when they grant again, and stops profiling them when they withdraw PROFILING', async () => {
    await decide('EMAIL_MARKETING', 'GRANTED');
    expect(await activate(service.graph, loadLeadRules(), destinations, 'crm-sync', everyone, false)).toMatchObject({
      sent: 2,
      entered: 1,
    });
    await decide('PROFILING', 'WITHDRAWN');
    expect(await qualification()).toEqual({ recommendation: 'NONE', channel: null });
  });
});
