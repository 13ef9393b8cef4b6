import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { customersByIds } from '../../src/customers/customers.js';
import { cypher } from '../../src/graph/cypher-library.js';
import type { StatementName } from '../../src/graph/statement-names.generated.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { unmergeCustomer } from '../../src/identity/unmerge.js';
import { Ingestion, type IncomingRecord } from '../../src/ingestion/ingest.js';
import { sourceOf, type Source } from '../../src/ingestion/sources.js';
import { resetGraph, testGraph, testHasher } from '../support/graph.js';

const sources = new Map<string, Source>([
  ['crm', sourceOf({ source: 'crm', defaultRegion: 'GB', trust: 4, kinds: {} })],
  ['web', sourceOf({ source: 'web', defaultRegion: 'GB', trust: 1, kinds: {} })],
  ['shop', sourceOf({ source: 'shop', defaultRegion: 'GB', trust: 2, kinds: {} })],
  ['pos', sourceOf({ source: 'pos', defaultRegion: 'FR', trust: 2, kinds: {} })],
]);

const record = (fields: Record<string, unknown>, line = 1): IncomingRecord => ({ file: 'test.ndjson', line, original: fields, fields });
const customer = (source: string, sourceId: string, fields: Record<string, unknown> = {}) =>
  record({ kind: 'customer', source, sourceId, ...fields });

describe('ingestion into the graph', () => {
  const graph = testGraph();
  const ingestion = new Ingestion(graph, sources, loadIdentityRules(), testHasher());
  const read = async (name: StatementName, params = {}) => graph.read(cypher.get(name), params);
  const holders = async (type: string, value: string) =>
    (await read('test-support/customer-by-identity', { type, value })).map((row) => row.id as string);

  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());

  const product = record({
    kind: 'product',
    source: 'shop',
    sourceId: 'SKU-1',
    name: 'Espresso machine',
    categoryPath: 'Home > Kitchen > Coffee',
    price: '249.90',
    currency: 'GBP',
    topics: ['coffee'],
  });

  it('links records of one person across sources through shared identifiers', async () => {
    const summary = await ingestion.run([
      customer('crm', 'C-1', { crmId: 'CRM-1', email: 'Ann.Lee@Example.com', givenName: 'ann', familyName: 'LEE', phone: '020 7946 0018' }),
      customer('shop', 'S-9', { email: 'ann.lee@example.com ', givenName: 'Annie' }),
      customer('pos', 'P-3', { phone: '+44 20 7946 0018', loyaltyId: 'L-77' }),
    ]);
    expect(summary).toMatchObject({ accepted: 3, updated: 0, unchanged: 0, rejected: 0 });
    const [id] = await holders('EMAIL', 'ann.lee@example.com');
    expect(await holders('PHONE', '+442079460018')).toEqual([id]);
    expect(await holders('LOYALTY_ID', 'L-77')).toEqual([id]);
    // The CRM is trusted more than the shop, so its given name wins over the shop's newer one.
    const profile = (await customersByIds(graph, [id!]))[0]!;
    expect(profile).toMatchObject({ givenName: 'Ann', familyName: 'Lee' });
  });

  it('changes nothing when the same records are imported again', async () => {
    const batch = [
      product,
      customer('crm', 'C-1', { crmId: 'CRM-1', email: 'a@b.com' }),
      record({
        kind: 'order',
        source: 'shop',
        sourceId: 'O-1',
        email: 'a@b.com',
        placedAt: '2026-03-01T10:00:00Z',
        channel: 'WEB',
        currency: 'GBP',
        lines: [{ sku: 'SKU-1', quantity: 1, unitPrice: '249.90' }],
      }),
    ];
    expect(await ingestion.run(batch)).toMatchObject({ accepted: 3 });
    const before = await read('test-support/graph-counts');
    expect(await ingestion.run(batch)).toMatchObject({ accepted: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(await read('test-support/graph-counts')).toEqual(before);
  });

  it('updates a record from a newer version and ignores an older one', async () => {
    await ingestion.run([customer('crm', 'C-1', { crmId: 'CRM-1', familyName: 'Smith', updatedAt: '2026-02-01T00:00:00Z' })]);
    expect(
      await ingestion.run([customer('crm', 'C-1', { crmId: 'CRM-1', familyName: 'Smyth', updatedAt: '2026-03-01T00:00:00Z' })]),
    ).toMatchObject({ updated: 1 });
    expect(
      await ingestion.run([customer('crm', 'C-1', { crmId: 'CRM-1', familyName: 'Old', updatedAt: '2026-01-01T00:00:00Z' })]),
    ).toMatchObject({ unchanged: 1 });
    const [id] = await holders('CRM_ID', 'CRM-1');
    expect((await customersByIds(graph, [id!]))[0]!).toMatchObject({ familyName: 'Smyth' });
  });

  it('replaces what an older version of an event said: its lines, channel and identifier', async () => {
    const order = (updatedAt: string, email: string, channel: string, lines: unknown[]) =>
      record({
        kind: 'order',
        source: 'shop',
        sourceId: 'O-7',
        email,
        updatedAt,
        placedAt: '2026-03-01T10:00:00Z',
        channel,
        currency: 'GBP',
        lines,
      });
    await ingestion.run([product, record({ ...product.fields, sourceId: 'SKU-2', name: 'Grinder' })]);
    await ingestion.run([order('2026-03-01T10:00:00Z', 'first@example.com', 'WEB', [{ sku: 'SKU-1', quantity: 1, unitPrice: '249.90' }])]);
    const [first] = await holders('EMAIL', 'first@example.com');
    expect(
      await ingestion.run([
        order('2026-03-02T10:00:00Z', 'second@example.com', 'MOBILE_APP', [{ sku: 'SKU-2', quantity: 3, unitPrice: '10.00' }]),
      ]),
    ).toMatchObject({ updated: 1 });
    expect(await read('test-support/order-lines', { id: 'shop|O-7' })).toEqual([
      { lines: [{ sku: 'SKU-2', quantity: 3, unitPrice: 1000 }], channels: ['MOBILE_APP'], customers: [first], total: 3000 },
    ]);
    // A record keeps its customer; the corrected email replaces the one only that record claimed.
    expect((await read('test-support/customer-facts', { id: first }))[0]).toMatchObject({
      orders: ['shop|O-7'],
      identities: ['EMAIL second@example.com'],
    });
  });

  it('merges two customers when a record connects them, keeping the old id as a redirect', async () => {
    await ingestion.run([customer('shop', 'S-1', { email: 'x@example.com' }), customer('pos', 'P-1', { phone: '06 12 34 56 78' })]);
    const [first] = await holders('EMAIL', 'x@example.com');
    const [second] = await holders('PHONE', '+33612345678');
    expect(first).not.toEqual(second);

    const summary = await ingestion.run([customer('crm', 'C-5', { email: 'x@example.com', phone: '+33 6 12 34 56 78', crmId: 'CRM-5' })]);
    expect(summary.merges).toBe(1);
    const [survivor] = await holders('EMAIL', 'x@example.com');
    expect(await holders('PHONE', '+33612345678')).toEqual([survivor]);
    const absorbed = survivor === first ? second : first;
    expect(await read('test-support/customer-resolve-id', { id: absorbed })).toEqual([{ id: survivor }]);
  });

  it('splits a merge back: both customers get their own facts again, and stay apart', async () => {
    const order = (sourceId: string, person: Record<string, unknown>) =>
      record({
        kind: 'order',
        source: 'shop',
        sourceId,
        ...person,
        placedAt: '2026-04-01T10:00:00Z',
        channel: 'WEB',
        currency: 'GBP',
        lines: [{ sku: 'SKU-1', quantity: 1, unitPrice: '249.90' }],
      });
    const visit = (sourceId: string, person: Record<string, unknown>, at: string) =>
      record({ kind: 'touchpoint', source: 'pos', sourceId, type: 'STORE_VISIT', channel: 'STORE', at, ...person });
    await ingestion.run([
      product,
      customer('shop', 'S-1', { email: 'ann@example.com', givenName: 'Ann' }),
      customer('pos', 'P-1', { loyaltyId: 'L-9', givenName: 'Bea' }),
    ]);
    await ingestion.run([
      order('O-1', { email: 'ann@example.com' }),
      visit('T-1', { loyaltyId: 'L-9' }, '2026-04-02T10:00:00Z'),
      visit('T-2', { email: 'ann@example.com' }, '2026-04-03T10:00:00Z'),
    ]);
    const [ann] = await holders('EMAIL', 'ann@example.com');
    const [bea] = await holders('LOYALTY_ID', 'L-9');
    const before = {
      ann: await read('test-support/customer-facts', { id: ann }),
      bea: await read('test-support/customer-facts', { id: bea }),
    };

    expect((await ingestion.run([customer('crm', 'C-1', { email: 'ann@example.com', loyaltyId: 'L-9', crmId: 'CRM-1' })])).merges).toBe(1);
    const [survivor] = await holders('EMAIL', 'ann@example.com');
    const absorbed = (survivor === ann ? bea : ann)!;
    expect((await read('test-support/journey-path', { id: survivor })).map((event) => event.id)).toEqual([
      'shop|O-1',
      'pos|T-1',
      'pos|T-2',
    ]);

    expect(await unmergeCustomer(graph, absorbed, 'two people, one shared loyalty card')).toEqual({ restored: absorbed, from: [survivor] });
    expect(await read('test-support/customer-facts', { id: absorbed })).toEqual(before[absorbed === ann ? 'ann' : 'bea']);
    const kept = (await read('test-support/customer-facts', { id: survivor }))[0]!;
    const original = before[survivor === ann ? 'ann' : 'bea'][0]!;
    expect(kept.records).toEqual([...(original.records as string[]), 'crm|C-1'].sort());
    expect(kept.orders).toEqual(original.orders);
    expect(kept.touchpoints).toEqual(original.touchpoints);
    expect(
      (await read('test-support/journey-path', { id: absorbed })).length +
        (await read('test-support/journey-path', { id: survivor })).length,
    ).toBe(3);

    const again = await ingestion.ingestBatch([customer('crm', 'C-2', { email: 'ann@example.com', loyaltyId: 'L-9' })]);
    expect(again.merges).toEqual([]);
    expect(again.results[0]!.reasons.join()).toMatch(/was split from this one as a different person/);
  });

  it('splits back a merge after the survivor merged again, and sends records that came later to their person', async () => {
    await ingestion.run([customer('web', 'W-1', { phone: '+44 20 7946 0111' })]);
    await ingestion.run([customer('shop', 'S-1', { email: 'ann@example.com' })]);
    await ingestion.run([customer('pos', 'P-1', { loyaltyId: 'L-9', deviceId: 'dev-bea' })]);
    const [zed] = await holders('PHONE', '+442079460111');
    const [ann] = await holders('EMAIL', 'ann@example.com');
    const [bea] = await holders('DEVICE_ID', 'dev-bea');
    // The older customer survives: Bea merges into Ann, then Ann into Zed.
    expect((await ingestion.run([customer('crm', 'C-1', { email: 'ann@example.com', loyaltyId: 'L-9' })])).merges).toBe(1);
    expect((await ingestion.run([customer('crm', 'C-2', { email: 'ann@example.com', phone: '+44 20 7946 0111' })])).merges).toBe(1);
    // Two visits arrive while they are merged: one with Bea's device, one with the card C-1 also gave Ann.
    const visit = (sourceId: string, person: Record<string, unknown>) =>
      record({ kind: 'touchpoint', source: 'pos', sourceId, type: 'STORE_VISIT', channel: 'STORE', at: '2026-04-02T10:00:00Z', ...person });
    await ingestion.run([visit('T-1', { deviceId: 'dev-bea' }), visit('T-2', { loyaltyId: 'L-9' })]);
    expect(await holders('DEVICE_ID', 'dev-bea')).toEqual([zed]);

    await unmergeCustomer(graph, bea!, 'a shared loyalty card');
    await unmergeCustomer(graph, ann!, 'a shared email');
    const records = async (id: string) => (await read('test-support/customer-facts', { id }))[0]!.records;
    expect(await records(bea!)).toEqual(['pos|P-1', 'pos|T-1']);
    expect(await records(ann!)).toEqual(['crm|C-1', 'pos|T-2', 'shop|S-1']);
    expect(await records(zed!)).toEqual(['crm|C-2', 'web|W-1']);
  });

  it('keeps a split pair apart after one of them merges with a third customer', async () => {
    await ingestion.run([customer('shop', 'S-9', { phone: '+44 20 7946 0777' })]);
    await ingestion.run([customer('shop', 'S-1', { email: 'ann@example.com' })]);
    await ingestion.run([customer('pos', 'P-1', { loyaltyId: 'L-9', deviceId: 'dev-bea' })]);
    const [oldest] = await holders('PHONE', '+442079460777');
    const [ann] = await holders('EMAIL', 'ann@example.com');
    const [bea] = await holders('DEVICE_ID', 'dev-bea');
    await ingestion.run([customer('crm', 'C-1', { email: 'ann@example.com', loyaltyId: 'L-9' })]);
    await unmergeCustomer(graph, bea!, 'two people');

    // Bea merges into the oldest customer; her mark against Ann must follow her there.
    expect((await ingestion.run([customer('web', 'W-1', { deviceId: 'dev-bea', phone: '+442079460777' })])).merges).toBe(1);
    expect(await holders('DEVICE_ID', 'dev-bea')).toEqual([oldest]);
    const { results, merges } = await ingestion.ingestBatch([customer('crm', 'C-3', { phone: '+442079460777', email: 'ann@example.com' })]);
    expect(merges).toEqual([]);
    expect(results[0]!.reasons.join()).toMatch(/was split from this one as a different person/);
    expect(await holders('EMAIL', 'ann@example.com')).toContain(ann);
  });

  it('takes the last copy when one record comes twice in a batch', async () => {
    const { results } = await ingestion.ingestBatch([
      customer('crm', 'C-1', { crmId: 'CRM-1', familyName: 'First' }),
      customer('crm', 'C-1', { crmId: 'CRM-1', familyName: 'Second' }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['unchanged', 'accepted']);
    const [id] = await holders('CRM_ID', 'CRM-1');
    expect((await customersByIds(graph, [id!]))[0]!).toMatchObject({ familyName: 'Second' });
  });

  it('refuses a merge that breaks a rule and reports it: two CRM ids sharing a family email stay two people', async () => {
    await ingestion.run([customer('crm', 'C-1', { crmId: 'CRM-1', email: 'family@example.com', givenName: 'Ann' })]);
    const { results } = await ingestion.ingestBatch([customer('crm', 'C-2', { crmId: 'CRM-2', email: 'family@example.com' })]);
    expect(results[0]!.status).toBe('accepted');
    const [ann] = await holders('CRM_ID', 'CRM-1');
    expect(results[0]!.reasons).toEqual([
      `EMAIL family@example.com not linked: record crm|C-2 and customer ${ann} both hold it, but one customer would hold 2 CRM_ID values (at most 1)`,
    ]);
    expect(await holders('EMAIL', 'family@example.com')).toHaveLength(2);
    expect(await read('test-support/identities-held-by-several')).toEqual([{ type: 'EMAIL', value: 'family@example.com', holders: 2 }]);
  });

  it('never links people through a blocked placeholder value', async () => {
    const summary = await ingestion.run([
      customer('shop', 'S-1', { email: 'test@test.com', givenName: 'One' }),
      customer('shop', 'S-2', { email: 'TEST@test.com', phone: '000000', givenName: 'Two' }),
    ]);
    expect(summary).toMatchObject({ accepted: 2, blockedValues: 3, merges: 0 });
    expect(await holders('EMAIL', 'test@test.com')).toEqual([]);
  });

  it('rejects every kind of bad record with its reasons while the good ones land', async () => {
    await ingestion.run([product]);
    const rejected: { line?: number; reasons: string[] }[] = [];
    const summary = await ingestion.run(
      [
        { file: 'bad.ndjson', line: 1, original: '{"kind": "customer", ', problem: 'malformed JSON: Unexpected end of JSON input' },
        record({ kind: 'customer', source: 'shop', email: 'ok@example.com' }, 2),
        record({ kind: 'customer', source: 'shop', sourceId: 'S-3', email: 'not-an-email' }, 3),
        record({ kind: 'customer', source: 'shop', sourceId: 'S-4', phone: '12' }, 4),
        record(
          {
            kind: 'order',
            source: 'shop',
            sourceId: 'O-1',
            email: 'good@example.com',
            placedAt: '2026-03-01T10:00:00Z',
            channel: 'WEB',
            currency: 'GBP',
            lines: [{ sku: 'SKU-1', quantity: -1, unitPrice: '1.00' }],
          },
          5,
        ),
        record(
          {
            kind: 'order',
            source: 'shop',
            sourceId: 'O-2',
            email: 'good@example.com',
            placedAt: '2026-03-01T10:00:00Z',
            channel: 'WEB',
            currency: 'GBP',
            lines: [{ sku: 'SKU-404', quantity: 1, unitPrice: '1.00' }],
          },
          6,
        ),
        record(
          {
            kind: 'order',
            source: 'shop',
            sourceId: 'O-3',
            customerSourceId: 'S-404',
            placedAt: '2026-03-01T10:00:00Z',
            channel: 'WEB',
            currency: 'GBP',
            lines: [{ sku: 'SKU-1', quantity: 1, unitPrice: '1.00' }],
          },
          7,
        ),
        customer('shop', 'S-5', { email: 'good@example.com' }),
        record(
          {
            kind: 'order',
            source: 'shop',
            sourceId: 'O-4',
            customerSourceId: 'S-5',
            placedAt: '2026-03-01T10:00:00Z',
            channel: 'WEB',
            currency: 'GBP',
            lines: [{ sku: 'SKU-1', quantity: 2, unitPrice: '249.90' }],
          },
          9,
        ),
      ],
      { onRejected: (incoming, result) => void rejected.push({ line: incoming.line, reasons: result.reasons }) },
    );
    expect(summary).toMatchObject({ accepted: 2, rejected: 7 });
    expect(rejected).toEqual([
      { line: 1, reasons: ['malformed JSON: Unexpected end of JSON input'] },
      { line: 2, reasons: ['sourceId: is required'] },
      { line: 3, reasons: ['email: is not a valid email address'] },
      { line: 4, reasons: ['phone: is not a valid phone number (read in GB)'] },
      { line: 5, reasons: ['lines.0.quantity: must be positive'] },
      { line: 6, reasons: ['sku: unknown reference: no product SKU-404'] },
      { line: 7, reasons: ['customerSourceId: unknown reference: no customer record S-404 in source shop'] },
    ]);
    expect(await holders('EMAIL', 'good@example.com')).toHaveLength(1);
  });

  it('keeps each journey in time order when events arrive late and after a merge', async () => {
    const visit = (sourceId: string, at: string, fields: Record<string, unknown>) =>
      record({ kind: 'touchpoint', source: 'pos', sourceId, type: 'STORE_VISIT', channel: 'STORE', at, ...fields });
    await ingestion.run([
      visit('T-3', '2026-03-03T10:00:00Z', { loyaltyId: 'L-1' }),
      visit('T-1', '2026-03-01T10:00:00Z', { loyaltyId: 'L-1' }),
    ]);
    await ingestion.run([visit('T-2', '2026-03-02T10:00:00Z', { loyaltyId: 'L-1' })]);
    const [loyal] = await holders('LOYALTY_ID', 'L-1');
    expect((await read('test-support/journey-path', { id: loyal })).map((event) => event.id)).toEqual(['pos|T-1', 'pos|T-2', 'pos|T-3']);

    await ingestion.run([
      visit('T-0', '2026-02-28T10:00:00Z', { email: 'late@example.com' }),
      visit('T-4', '2026-03-04T10:00:00Z', { email: 'late@example.com' }),
    ]);
    await ingestion.run([customer('crm', 'C-1', { loyaltyId: 'L-1', email: 'late@example.com' })]);
    const [merged] = await holders('LOYALTY_ID', 'L-1');
    expect((await read('test-support/journey-path', { id: merged })).map((event) => event.id)).toEqual([
      'pos|T-0',
      'pos|T-1',
      'pos|T-2',
      'pos|T-3',
      'pos|T-4',
    ]);
  });

  it('never makes two customers of one identifier when imports run at once', async () => {
    const people = Array.from({ length: 60 }, (_, n) => n);
    const stream = (source: string, offset: number) =>
      people.map((n) =>
        customer(source, `${source}-${n}`, {
          email: `person${(n + offset) % 60}@example.com`,
          phone: `+4420794600${String(n).padStart(2, '0')}`,
        }),
      );
    const runs = await Promise.all([
      ingestion.run(stream('shop', 0), { batchSize: 7 }),
      ingestion.run(stream('crm', 0), { batchSize: 11 }),
      ingestion.run(stream('pos', 0), { batchSize: 5 }),
    ]);
    expect(runs.map((run) => run.rejected)).toEqual([0, 0, 0]);
    expect(await read('test-support/identities-held-by-several')).toEqual([]);
    for (const n of [0, 17, 59]) expect(await holders('EMAIL', `person${n}@example.com`)).toHaveLength(1);
  });
});
