import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, apiKeySecret, startTestService, type RunningService } from '../support/service.js';

/** The endpoint over plain HTTP, as any webhook or hand-written client would call it. */
describe('collection endpoint', () => {
  let service: RunningService;
  let writeKey: string;
  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
  });
  beforeEach(async () => {
    await resetGraph(service.graph);
    writeKey = await apiKeySecret(service.url, 'kiosk', 'INGEST');
  });
  afterAll(() => service.stop());

  const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
  async function send(path: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${service.url}/v1/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: basic(writeKey), ...headers },
      body: typeof body === 'string' ? body : Buffer.isBuffer(body) ? new Blob([new Uint8Array(body)]) : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }
  const journeyOf = async (type: string, value: string) =>
    (
      await answer(
        service.url,
        `query ($type: IdentityType!, $value: String!) {
    customerByIdentity(type: $type, value: $value) { id identities { type value } touchpoints { totalCount } orders { totalCount } journey { steps { type at } } } }`,
        { type, value },
      )
    ).customerByIdentity;

  const visit = [
    { type: 'page', messageId: 'm-1', anonymousId: 'kiosk-7', name: 'Menu', timestamp: '2026-07-01T10:00:00+02:00' },
    {
      type: 'track',
      messageId: 'm-2',
      anonymousId: 'kiosk-7',
      event: 'Coupon Scanned',
      properties: { code: 'SUMMER', value: 3 },
      timestamp: '2026-07-01T10:02:00+02:00',
    },
    {
      type: 'identify',
      messageId: 'm-3',
      anonymousId: 'kiosk-7',
      userId: 4711,
      traits: { email: 'Ines@Correo.example', phone: '+34 612 345 678' },
      timestamp: '2026-07-01T10:03:00+02:00',
    },
  ];

  it('answers 200 {success: true} as Segment does, and a replayed messageId changes nothing', async () => {
    expect(await send('batch', { batch: visit })).toEqual({ status: 200, body: { success: true } });
    const first = await journeyOf('USER_ID', '4711');
    expect(first.identities.map((i: { type: string; value: string }) => `${i.type} ${i.value}`).sort()).toEqual([
      'DEVICE_ID kiosk-7',
      'EMAIL ines@correo.example',
      'PHONE +34612345678',
      'USER_ID 4711',
    ]);
    expect(first.journey.steps).toEqual([
      { type: 'PAGE_VIEW', at: '2026-07-01T08:00:00.000Z' },
      { type: 'EVENT', at: '2026-07-01T08:02:00.000Z' },
    ]);
    const audit = await answer(
      service.url,
      '{ auditLog(actor: "api-key:kiosk", action: WRITE) { nodes { role operation customers { customerId } } } }',
    );
    expect(audit.auditLog.nodes).toEqual([{ role: 'INGEST', operation: 'POST /v1/batch', customers: [{ customerId: first.id }] }]);

    const stored = () => service.graph.read(cypher.get('test-support/stored-records'), { sources: ['tracking'] });
    const counts = () => service.graph.read(cypher.get('test-support/graph-counts'));
    const [before, beforeCounts] = [await stored(), await counts()];
    expect(before.map((record) => `${record.kind} ${record.sourceId}`)).toEqual(['customer m-3', 'touchpoint m-1', 'touchpoint m-2']);

    // The SDK retried: the same messages again, one by one and as a batch.
    for (const message of visit) expect((await send(message.type, message)).status).toBe(200);
    expect((await send('batch', { batch: visit })).status).toBe(200);
    expect(await stored()).toEqual(before);
    expect(await counts()).toEqual(beforeCounts);
    expect(await journeyOf('USER_ID', '4711')).toEqual(first);
  });

  it('links an alias, keeps a group call as an event placed on receipt, and keeps a shared device from merging two signed-in people', async () => {
    expect((await send('track', { userId: 'u-anna', event: 'Signed Up', timestamp: '2026-07-02T09:00:00Z' })).status).toBe(200);
    expect((await send('track', { anonymousId: 'tablet-1', event: 'Product List Viewed', timestamp: '2026-07-02T08:00:00Z' })).status).toBe(
      200,
    );
    expect((await send('alias', { previousId: 'tablet-1', userId: 'u-anna', timestamp: '2026-07-02T09:01:00Z' })).status).toBe(200);
    const anna = await journeyOf('USER_ID', 'u-anna');
    expect(anna.journey.steps.map((step: { type: string }) => step.type)).toEqual(['PAGE_VIEW', 'FORM']);
    expect((await journeyOf('DEVICE_ID', 'tablet-1')).id).toBe(anna.id);

    // A group call is kept as an event with its traits; without a timestamp it happens on receipt.
    const sent = Date.now();
    expect((await send('group', { userId: 'u-anna', groupId: 'book-club-3', traits: { name: 'Thursday readers' } })).status).toBe(200);
    const events = await answer(
      service.url,
      `{ customerByIdentity(type: USER_ID, value: "u-anna") { touchpoints(types: ["EVENT"]) { nodes { event channel at properties } } } }`,
    );
    const [group] = events.customerByIdentity.touchpoints.nodes;
    expect(group).toMatchObject({ event: 'Group', channel: 'WEB', properties: { groupId: 'book-club-3', name: 'Thursday readers' } });
    expect(Math.abs(Date.parse(group.at) - sent)).toBeLessThan(60_000);

    // Her brother signs in on the same tablet: another user id, another person.
    expect((await send('identify', { userId: 'u-ben', anonymousId: 'tablet-1', traits: { firstName: 'Ben' } })).status).toBe(200);
    const ben = await journeyOf('USER_ID', 'u-ben');
    expect(ben.id).not.toBe(anna.id);
  });

  it('refuses bad payloads with 400 naming the message and the field; the good ones of a batch land', async () => {
    expect(await send('track', { userId: 'u-1', properties: {} })).toEqual({
      status: 400,
      body: {
        success: false,
        message: '1 of 1 messages refused: body.event: is required',
        accepted: 0,
        refused: [{ index: 0, field: 'body.event', reason: 'is required' }],
      },
    });
    expect((await send('page', { name: 'Home' })).body.refused).toEqual([
      { index: 0, field: 'body.userId', reason: 'userId or anonymousId is required' },
    ]);
    expect((await send('identify', { type: 'track', userId: 'u-1' })).body.refused[0]).toMatchObject({
      field: 'body.type',
      reason: 'is "track" but was sent to /v1/identify',
    });

    const mixed = await send('batch', {
      batch: [
        { type: 'track', messageId: 'ok-1', userId: 'u-2', event: 'Gift Card Bought', timestamp: '2026-07-03T12:00:00Z' },
        { type: 'track', messageId: 'bad-1', userId: 'u-2', event: 'Gift Card Bought', timestamp: 'yesterday' },
        { type: 'wave', messageId: 'bad-2', userId: 'u-2' },
        { type: 'identify', messageId: 'bad-3', userId: 'u-2', traits: { email: 'not-an-email' } },
        {
          type: 'track',
          messageId: 'bad-4',
          userId: 'u-2',
          event: 'Order Completed',
          properties: { order_id: 'G-1', products: [{ sku: 'GIFT-10', price: 10 }] },
        },
        {
          type: 'track',
          messageId: 'bad-5',
          userId: 'u-2',
          event: 'Order Completed',
          properties: { order_id: 'G-2', currency: 'NOK', products: [{ sku: 'NOPE', price: 5 }] },
        },
      ],
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body.accepted).toBe(1);
    expect(mixed.body.message).toMatch(/^5 of 6 messages refused: batch\[1\]\.timestamp: is not an ISO-8601 date-time/);
    expect(mixed.body.refused).toEqual([
      { index: 1, messageId: 'bad-1', field: 'batch[1].timestamp', reason: 'is not an ISO-8601 date-time' },
      { index: 2, messageId: 'bad-2', field: 'batch[2].type', reason: 'must be one of identify, track, page, screen, alias, group' },
      { index: 3, messageId: 'bad-3', field: 'email', reason: expect.stringContaining('not a valid email') },
      { index: 4, messageId: 'bad-4', field: 'currency', reason: 'is required' },
      { index: 5, messageId: 'bad-5', field: 'sku', reason: 'unknown reference: no product NOPE' },
    ]);
    expect((await journeyOf('USER_ID', 'u-2')).touchpoints.totalCount).toBe(1);

    expect(await send('batch', '{"batch": [')).toMatchObject({
      status: 400,
      body: { success: false, message: expect.stringMatching(/^body: not JSON/) },
    });
    expect((await send('batch', { messages: [] })).body.message).toBe('batch: is required and must be a list of messages');
  });

  it('takes gzip bodies and the write key in the body; refuses other keys, roles, routes and sizes', async () => {
    const body = gzipSync(JSON.stringify({ writeKey, batch: [{ type: 'screen', userId: 'u-3', name: 'Cart' }] }));
    expect(await send('batch', body, { 'content-encoding': 'gzip', authorization: '' })).toEqual({ status: 200, body: { success: true } });
    expect((await journeyOf('USER_ID', 'u-3')).journey.steps).toEqual([{ type: 'PAGE_VIEW', at: expect.any(String) }]);

    expect((await send('track', visit[1], { authorization: basic('cgk_nope_nope') })).status).toBe(401);
    expect((await send('track', visit[1], { authorization: '' })).body.message).toMatch(/write key/);
    const salesKey = await apiKeySecret(service.url, 'dashboard', 'SALES');
    expect(await send('track', visit[1], { authorization: basic(salesKey) })).toMatchObject({ status: 403, body: { success: false } });
    expect((await send('import', visit[1])).status).toBe(404);
    expect((await fetch(`${service.url}/v1/track`)).status).toBe(405);

    const big = { type: 'track', userId: 'u-4', event: 'Essay Written', properties: { text: 'x'.repeat(40 * 1024) } };
    expect(await send('track', big)).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^body larger than 32 KB/) } });
    expect((await send('batch', { batch: [big] })).body.refused).toEqual([{ index: 0, field: 'batch[0]', reason: 'is larger than 32 KB' }]);
    const huge = { batch: Array.from({ length: 20 }, () => ({ ...big, properties: { text: 'y'.repeat(30 * 1024) } })) };
    expect((await send('batch', huge)).body.message).toMatch(/^body larger than 500 KB/);
    expect((await send('batch', gzipSync(JSON.stringify(huge)), { 'content-encoding': 'gzip' })).body.message).toMatch(
      /^body larger than 500 KB/,
    );
  });
});
