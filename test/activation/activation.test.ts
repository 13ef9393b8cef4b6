import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate } from '../../src/activation/activate.js';
import type { Destination } from '../../src/activation/destinations.js';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { loadLeadRules } from '../../src/leads/rules.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { graphql, startTestService, type RunningService } from '../support/service.js';
import { startWebhook, type WebhookCall } from '../support/webhook.js';

const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
const person = (id: string, identifiers: Record<string, unknown>) =>
  record({ kind: 'customer', source: 'crm', sourceId: id, crmId: `CRM-${id}`, givenName: id, country: 'GB', ...identifiers });
const consent = (id: string, email: string, status: string, at: string) =>
  record({ kind: 'consent', source: 'email', sourceId: id, email, purpose: 'EMAIL_MARKETING', status, at });

/** Ann and Eve agreed to email marketing; Bob withdrew; Cat never said; Dan agreed but has no email. */
const scenario = [
  person('Ann', { email: 'ann@example.com' }),
  person('Eve', { email: 'eve@example.com' }),
  person('Bob', { email: 'bob@example.com' }),
  person('Cat', { email: 'cat@example.com' }),
  person('Dan', { phone: '+44 20 7946 0555' }),
  consent('K-1', 'ann@example.com', 'GRANTED', '2026-01-01T00:00:00Z'),
  consent('K-2', 'eve@example.com', 'GRANTED', '2026-01-01T00:00:00Z'),
  consent('K-3', 'bob@example.com', 'GRANTED', '2026-01-01T00:00:00Z'),
  consent('K-4', 'bob@example.com', 'WITHDRAWN', '2026-02-01T00:00:00Z'),
  record({
    kind: 'consent',
    source: 'pos',
    sourceId: 'K-5',
    phone: '+44 20 7946 0555',
    purpose: 'EMAIL_MARKETING',
    status: 'GRANTED',
    at: '2026-01-01T00:00:00Z',
  }),
];

describe('activation', () => {
  let service: RunningService;
  let webhook: Awaited<ReturnType<typeof startWebhook>>;
  let received: WebhookCall[] = [];
  let failNext = true;
  const destinations = new Map<string, Destination>();
  const everyone = { audience: { profile: { country: 'GB' } } };

  beforeAll(async () => {
    // The first call fails, so the retry with the same idempotency key is seen.
    webhook = await startWebhook(() => {
      const status = failNext ? 503 : 200;
      failNext = false;
      return status;
    });
    received = webhook.received;
    destinations.set('crm-sync', {
      name: 'crm-sync',
      kind: 'webhook',
      url: webhook.url,
      purpose: 'EMAIL_MARKETING',
      channel: 'EMAIL',
      fields: ['id', 'email'],
      batchSize: 1,
      retries: 3,
    });
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    expect(await service.ingestion.run(scenario)).toMatchObject({ rejected: 0 });
  });
  afterAll(async () => {
    await service.stop();
    webhook.close();
  });

  it('counts who would go and who is held back on a dry run, and sends nothing', async () => {
    const result = await activate(service.graph, loadLeadRules(), destinations, 'crm-sync', everyone, true);
    expect(result).toMatchObject({ selected: 5, sent: 2, entered: 2, exited: 0, batches: 0, dryRun: true });
    expect(result.heldBack).toEqual([
      { reason: 'never granted EMAIL_MARKETING', count: 1 },
      { reason: 'no email', count: 1 },
      { reason: 'withdrew EMAIL_MARKETING', count: 1 },
    ]);
    expect(received).toEqual([]);
  });

  it('posts only consenting people with only the allowed fields, retrying a failed batch under the same key', async () => {
    const result = await activate(service.graph, loadLeadRules(), destinations, 'crm-sync', everyone, false);
    expect(result).toMatchObject({ sent: 2, batches: 2, attempts: 3 });
    expect(received).toHaveLength(3);
    expect(received[1]!.headers['idempotency-key']).toBe(received[0]!.headers['idempotency-key']);
    expect(received[2]!.headers['idempotency-key']).not.toBe(received[1]!.headers['idempotency-key']);
    const records = received.slice(1).flatMap((request) => request.body.records);
    expect(records.map((row) => row.email).sort()).toEqual(['ann@example.com', 'eve@example.com']);
    for (const row of records) expect(Object.keys(row).sort()).toEqual(['email', 'id']);
  });

  it('leaves out whoever withdrew since, and says who left', async () => {
    await service.ingestion.run([consent('K-6', 'eve@example.com', 'WITHDRAWN', '2026-03-01T00:00:00Z')]);
    const result = await activate(service.graph, loadLeadRules(), destinations, 'crm-sync', everyone, false);
    expect(result).toMatchObject({ sent: 1, entered: 0, exited: 1 });
    expect(received.at(-1)!.body.records.map((row) => row.email)).toEqual(['ann@example.com']);
  });

  it('writes a file destination through the API, with the configured fields only', async () => {
    const { body } = await graphql(
      service.url,
      'mutation { activate(destination: "newsletter-file", source: { audience: { profile: { country: "GB" } } }) { sent file heldBack { reason count } } }',
    );
    expect(body.errors).toBeUndefined();
    const { sent, file } = body.data.activate;
    expect(sent).toBe(1);
    const ann = (await graphql(service.url, '{ customerByIdentity(type: EMAIL, value: "ann@example.com") { id } }')).body.data
      .customerByIdentity.id;
    expect(readFileSync(file, 'utf8')).toBe(`id,givenName,email,country\n${ann},Ann,ann@example.com,GB\n`);
    rmSync(file);
    const unknown = await graphql(service.url, 'mutation { activate(destination: "nowhere", source: { segment: "x" }) { sent } }');
    expect(unknown.body.errors?.[0].extensions).toMatchObject({ argument: 'destination' });
  });
});
