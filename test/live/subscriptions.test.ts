import { createClient, type Client } from 'graphql-sse';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../src/api/schema-types.generated.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, authorised, startTestService, type RunningService } from '../support/service.js';

/**
 * Subscriptions over Server-Sent Events with graphql-sse's client against the running service:
 * events fed by ingestion batches, refused or masked by role like queries.
 */
describe('subscriptions over SSE', () => {
  let service: RunningService;
  const clients: Client[] = [];
  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
  });
  beforeEach(() => resetGraph(service.graph));
  afterAll(async () => {
    for (const client of clients) client.dispose();
    await service.stop();
  });

  /** A subscription in a role, listening once the server has answered (so nothing after is missed). */
  async function subscribe(role: Role, query: string) {
    const client = createClient({ url: `${service.url}/graphql`, headers: await authorised(role), retryAttempts: 0 });
    clients.push(client);
    let connected!: () => void;
    const ready = new Promise<void>((resolve) => (connected = resolve));
    const events = client.iterate({ query }, { connected });
    const first = events.next();
    first.catch(() => undefined);
    return { ready: Promise.race([ready, first.then(() => undefined)]), first: () => within(10_000, first), events };
  }

  const within = <T>(ms: number, promise: Promise<T>) =>
    Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms))]);

  const ingest = (mutation: string) => answer(service.url, `mutation { ${mutation} }`);
  const rena = 'person: { email: "rena.okafor@kettle.example" }';

  it('tells a salesperson within seconds that a public post made someone ready for a sales call, and marketing that she entered an audience', async () => {
    await ingest(
      `ingestCustomers(source: "crm", records: [{ sourceId: "K-17", email: "rena.okafor@kettle.example", givenName: "Rena", familyName: "Okafor", birthDate: "1988-04-02" }]) { accepted }`,
    );
    await ingest('createSegment(name: "matcha-talkers", filter: { said: { topics: ["matcha"] } }) { size }');

    const leads = await subscribe(
      'SALES',
      `subscription { leadQualified(subject: { topic: "Matcha" }) {
      previous at qualification { recommendation score customer { givenName familyName birthDate } reasons { kind text } } } }`,
    );
    const audience = await subscribe(
      'MARKETING',
      'subscription { audienceChanged(segment: "matcha-talkers") { segment change customer { givenName } } }',
    );
    await Promise.all([leads.ready, audience.ready]);

    const posted = Date.now();
    const post = `ingestSocialSignals(source: "social", records: [{ sourceId: "post-9", ${rena}, type: "POST", platform: "mastodon",
      text: "Whisking my first ceremonial matcha, need a proper chasen", sentiment: 0.8, at: "${new Date().toISOString()}", topics: ["matcha"] }]) { unchanged }`;
    await ingest(post);

    const lead = (await leads.first()).value;
    expect(Date.now() - posted).toBeLessThan(10_000);
    expect(lead.errors).toBeUndefined();
    expect(lead.data.leadQualified).toMatchObject({
      previous: 'NONE',
      qualification: {
        recommendation: 'SALES_CALL',
        customer: { givenName: 'Rena', familyName: 'Okafor', birthDate: null },
        reasons: [{ kind: 'TALKED' }],
      },
    });
    expect(lead.data.leadQualified.qualification.reasons[0].text).toMatch(/matcha/i);
    expect((await audience.first()).value.data).toEqual({
      audienceChanged: { segment: 'matcha-talkers', change: 'ENTERED', customer: { givenName: 'Rena' } },
    });
    // Each event is audited as a read of its own: who was told what about whom.
    const audit = await answer(service.url, '{ auditLog(actor: "test-sales", action: READ) { nodes { fields customers { fields } } } }');
    expect(audit.auditLog.nodes).toEqual([
      {
        fields: expect.arrayContaining(['Customer.givenName', 'Customer.familyName', 'LeadReason.text']),
        customers: [{ fields: expect.arrayContaining(['Customer.givenName']) }],
      },
    ]);

    // The same post again changes nothing, so nobody is told anything.
    const next = leads.events.next();
    expect((await ingest(post)).ingestSocialSignals.unchanged).toBe(1);
    await expect(within(1500, next)).rejects.toThrow(/nothing within/);
  });

  it('refuses a subscription the role may not use (403) or a bad subject, and tells a data steward of a merge and of its undoing as they happen', async () => {
    const refused = createClient({ url: `${service.url}/graphql`, headers: await authorised('ANALYST'), retryAttempts: 0 });
    clients.push(refused);
    await expect(within(10_000, refused.iterate({ query: 'subscription { customerMerged { reason } }' }).next())).rejects.toThrow(/403/);

    const badSubject = (
      await subscribe('SALES', 'subscription { leadQualified(subject: { topic: "tea", sku: "T-1" }) { previous } }')
    ).first();
    expect((await badSubject).value.errors[0].message).toMatch(/subject: give exactly one of sku, category, topic/);

    await ingest(
      'ingestCustomers(source: "crm", records: [{ sourceId: "A-1", email: "sam@lantern.example", givenName: "Sam" }]) { accepted }',
    );
    await ingest(
      'ingestCustomers(source: "shop", records: [{ sourceId: "B-1", phone: "+31 20 555 0101", givenName: "Sam" }]) { accepted }',
    );
    const merges = await subscribe(
      'SERVICE',
      'subscription { customerMerged { survivor { id givenName identities { type value } } absorbedIds reason } }',
    );
    const splits = await subscribe('SERVICE', 'subscription { customerSplit { restored { id identities { type } } from { id } } }');
    await Promise.all([merges.ready, splits.ready]);
    await ingest(
      'ingestCustomers(source: "pos", records: [{ sourceId: "C-1", email: "sam@lantern.example", phone: "+31205550101" }]) { accepted }',
    );
    const merged = (await merges.first()).value.data.customerMerged;
    expect(merged.survivor.givenName).toBe('Sam');
    expect(merged.survivor.identities.map((identity: { type: string }) => identity.type).sort()).toEqual(['EMAIL', 'PHONE']);
    expect(merged.absorbedIds).toHaveLength(1);
    expect(merged.reason).toEqual(expect.any(String));

    // The data steward undoes it: whoever listens is told that too.
    await ingest(`unmergeCustomer(id: "${merged.absorbedIds[0]}", reason: "two people named Sam") { restored { id } }`);
    const split = (await splits.first()).value.data.customerSplit;
    expect(split.restored.id).toBe(merged.absorbedIds[0]);
    expect(split.from).toEqual([{ id: merged.survivor.id }]);
  });
});
