import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, graphql, startTestService, type RunningService } from '../support/service.js';

const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
const product = record({
  kind: 'product',
  source: 'shop',
  sourceId: 'SKU-1',
  name: 'Kettle',
  categoryPath: ['Home', 'Kitchen'],
  price: '30.00',
  currency: 'GBP',
});
const ann = record({
  kind: 'customer',
  source: 'crm',
  sourceId: 'C-1',
  crmId: 'CRM-1',
  email: 'ann.smith@example.com',
  givenName: 'Ann',
  familyName: 'Smith',
  birthDate: '1980-01-02',
  street: '1 High Street',
  postcode: 'SW1A 1AA',
  city: 'London',
  country: 'GB',
  updatedAt: '2026-01-01T00:00:00Z',
});
/** A newer CRM record of Ann (same email): the newest of equally trusted records wins, so her family name changes. */
const annMarried = record({
  kind: 'customer',
  source: 'crm',
  sourceId: 'C-2',
  email: 'ann.smith@example.com',
  familyName: 'Smith-Jones',
  updatedAt: '2026-02-01T00:00:00Z',
});
/** A web visitor known only by a device, later tied to Ann by an identify event: merged into her. */
const visitor = record({ kind: 'customer', source: 'web', sourceId: 'W-1', deviceId: 'dev-ann-1' });
const identify = record({ kind: 'customer', source: 'web', sourceId: 'W-2', deviceId: 'dev-ann-1', email: 'ann.smith@example.com' });
const order = record({
  kind: 'order',
  source: 'shop',
  sourceId: 'O-1',
  email: 'ann.smith@example.com',
  placedAt: '2026-03-01T10:00:00Z',
  channel: 'WEB',
  currency: 'GBP',
  lines: [{ sku: 'SKU-1', quantity: 2, unitPrice: '30.00' }],
});
const search = record({
  kind: 'touchpoint',
  source: 'web',
  sourceId: 'T-1',
  deviceId: 'dev-ann-1',
  type: 'SITE_SEARCH',
  channel: 'WEB',
  at: '2026-02-20T10:00:00Z',
  searchTerm: 'kettle for ann',
});

const history = `query History($id: ID!, $attribute: String, $first: Int, $after: String) {
  customer(id: $id) { familyName attributeHistory(attribute: $attribute, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { attribute oldValue newValue source sourceId at } } } }`;
const erase = `mutation Erase($id: ID!) { eraseCustomer(id: $id) { customerId alreadyErased ordersAnonymised touchpoints socialSignals
  consents sourceRecords attributeChanges mergedCustomers suppressions sharedIdentifiersKept } }`;

describe('privacy', () => {
  let service: RunningService;
  const customerOf = async (email: string) =>
    (await answer(service.url, 'query($v: String!) { customerByIdentity(type: EMAIL, value: $v) { id } }', { v: email })).customerByIdentity
      ?.id as string | undefined;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    // One batch after another, so Ann is the older customer and survives the merge.
    expect(await service.ingestion.run([product, ann])).toMatchObject({ rejected: 0 });
    expect(await service.ingestion.run([visitor])).toMatchObject({ rejected: 0 });
    expect(await service.ingestion.run([identify, annMarried, order, search])).toMatchObject({ rejected: 0, merges: 1 });
  });
  afterAll(() => service.stop());

  it('keeps every change of a profile attribute with its old and new value, the winning record and the time, newest first', async () => {
    const id = (await customerOf('ann.smith@example.com'))!;
    const { customer } = await answer(service.url, history, { id, attribute: 'familyName' });
    expect(customer.familyName).toBe('Smith-Jones');
    expect(customer.attributeHistory.totalCount).toBe(2);
    expect(customer.attributeHistory.nodes.map(({ at, ...change }: { at: string }) => change)).toEqual([
      { attribute: 'familyName', oldValue: 'Smith', newValue: 'Smith-Jones', source: 'crm', sourceId: 'C-2' },
      { attribute: 'familyName', oldValue: null, newValue: 'Smith', source: 'crm', sourceId: 'C-1' },
    ]);
    const [newer, older] = customer.attributeHistory.nodes;
    expect(Date.parse(newer.at)).toBeGreaterThan(Date.parse(older.at));
  });

  it('pages the whole history by cursor, each value masked by the kind of its attribute', async () => {
    const id = (await customerOf('ann.smith@example.com'))!;
    const seen: { attribute: string; newValue: string | null }[] = [];
    for (let after: string | null = null; ; ) {
      const { customer } = await answer(service.url, history, { id, first: 3, after }, 'MARKETING');
      seen.push(...customer.attributeHistory.nodes);
      if (!customer.attributeHistory.pageInfo.hasNextPage) break;
      after = customer.attributeHistory.pageInfo.endCursor;
    }
    // Ann's first record set 7 attributes (no region or stage), the second changed one.
    expect(seen).toHaveLength(8);
    // Marketing sees names, not addresses or birth dates; city and country are not personal on their own.
    expect(
      Object.fromEntries(seen.filter((change) => change.attribute !== 'familyName').map((change) => [change.attribute, change.newValue])),
    ).toEqual({
      givenName: 'Ann',
      birthDate: null,
      street: null,
      postcode: null,
      city: 'London',
      country: 'GB',
    });
    const { body } = await graphql(service.url, history, { id, attribute: 'shoeSize' });
    expect(body.errors?.[0]).toMatchObject({ extensions: { argument: 'attribute' } });
  });

  it('records a consent decision as the latest event of the same history as ingested ones', async () => {
    const id = (await customerOf('ann.smith@example.com'))!;
    await service.ingestion.run([
      record({
        kind: 'consent',
        source: 'email',
        sourceId: 'K-1',
        email: 'ann.smith@example.com',
        purpose: 'EMAIL_MARKETING',
        status: 'GRANTED',
        at: '2026-01-05T00:00:00Z',
      }),
    ]);
    const { setConsent } = await answer(
      service.url,
      `mutation($id: ID!) { setConsent(customerId: $id, purpose: EMAIL_MARKETING, status: WITHDRAWN, source: "preference-centre") {
      purpose status source history { status source } } }`,
      { id },
    );
    expect(setConsent).toEqual({
      purpose: 'EMAIL_MARKETING',
      status: 'WITHDRAWN',
      source: 'preference-centre',
      history: [
        { status: 'WITHDRAWN', source: 'preference-centre' },
        { status: 'GRANTED', source: 'email' },
      ],
    });
    const { customer } = await answer(service.url, 'query($id: ID!) { customer(id: $id) { consents { purpose status source } } }', { id });
    expect(customer.consents).toEqual([{ purpose: 'EMAIL_MARKETING', status: 'WITHDRAWN', source: 'preference-centre' }]);
    const { body } = await graphql(
      service.url,
      'mutation { setConsent(customerId: "nobody", purpose: PROFILING, status: GRANTED, source: "crm") { status } }',
    );
    expect(body.errors?.[0]).toMatchObject({ extensions: { argument: 'customerId' } });
    const bad = await graphql(
      service.url,
      `mutation($id: ID!) { setConsent(customerId: $id, purpose: PROFILING, status: GRANTED, source: "Robert'); DROP") { status } }`,
      { id },
    );
    expect(bad.body.errors?.[0]).toMatchObject({ extensions: { argument: 'source' } });
  });

  it('exports the person by a merged-away id, with the audit entries of every id, and erases them once', async () => {
    const id = (await customerOf('ann.smith@example.com'))!;
    const [merged] = (await service.graph.read(cypher.get('test-support/merged-ids'), { id })).map((row) => row.id as string);
    expect(merged).toBeDefined();
    await service.graph.write(cypher.get('test-support/audit-entry'), { id: 'A-1', customerId: id, fields: ['givenName', 'email'] });
    await service.graph.write(cypher.get('test-support/audit-entry'), { id: 'A-2', customerId: merged, fields: ['identities'] });

    // A read just before: its audit entry is still waiting to be written when the export asks.
    await answer(service.url, 'query JustBefore($id: ID!) { customer(id: $id) { givenName } }', { id });
    const { exportCustomer } = await answer(service.url, 'query($id: ID!) { exportCustomer(id: $id) { customerId document } }', {
      id: merged,
    });
    expect(exportCustomer.customerId).toBe(id);
    const document = exportCustomer.document;
    expect(document.subject).toEqual({ customerId: id, mergedIds: [merged] });
    // Sorted by source: the decision made through the API is a record of its own source.
    expect(document.sourceRecords.map((r: { source: string; sourceId: string }) => `${r.source}|${r.sourceId}`)).toEqual([
      'crm|C-1',
      'crm|C-2',
      'email|K-1',
      expect.stringMatching(/^preference-centre\|consent-/),
      'shop|O-1',
      'web|T-1',
      'web|W-1',
      'web|W-2',
    ]);
    expect(document.sourceRecords[0].values).toMatchObject({
      givenName: 'Ann',
      familyName: 'Smith',
      birthDate: '1980-01-02',
      postcode: 'SW1A 1AA',
    });
    expect(document.orders).toEqual([
      expect.objectContaining({
        id: 'shop|O-1',
        total: '60.00',
        currency: 'GBP',
        lines: [{ sku: 'SKU-1', product: 'Kettle', quantity: 2, unitPrice: '30.00' }],
      }),
    ]);
    expect(document.touchpoints).toEqual([expect.objectContaining({ id: 'web|T-1', searchTerm: 'kettle for ann' })]);
    expect(document.consents).toEqual([
      expect.objectContaining({ purpose: 'EMAIL_MARKETING', inForce: expect.objectContaining({ status: 'WITHDRAWN' }) }),
    ]);
    expect(document.identities.map((i: { type: string; value: string }) => `${i.type} ${i.value}`).sort()).toEqual([
      'CRM_ID CRM-1',
      'DEVICE_ID dev-ann-1',
      'EMAIL ann.smith@example.com',
    ]);
    expect(document.attributeHistory.filter((change: { attribute: string }) => change.attribute === 'familyName')).toHaveLength(2);
    // stand for earlier reads; the service's own entries of this test's requests are there too.
    const fixtures = (entries: { id: string }[]) => entries.filter((entry) => /^A-\d$/.test(entry.id));
    expect(fixtures(document.accessLog).map((entry: any) => [entry.id, entry.customerId])).toEqual([
      ['A-1', id],
      ['A-2', merged],
    ]);
    expect(document.accessLog.length).toBeGreaterThan(2);
    expect(document.accessLog.filter((entry: { operation: string }) => entry.operation === 'JustBefore')).toHaveLength(1);

    const { eraseCustomer } = await answer(service.url, erase, { id: merged });
    expect(eraseCustomer).toEqual({
      customerId: id,
      alreadyErased: false,
      ordersAnonymised: 1,
      touchpoints: 1,
      socialSignals: 0,
      consents: 2,
      sourceRecords: 8,
      attributeChanges: 8,
      mergedCustomers: 1,
      suppressions: 3 + 4,
      sharedIdentifiersKept: 0,
    });
    for (const again of [id, merged]) {
      expect((await answer(service.url, erase, { id: again })).eraseCustomer).toMatchObject({
        customerId: id,
        alreadyErased: true,
        sourceRecords: 0,
        suppressions: 0,
      });
    }
    expect(await customerOf('ann.smith@example.com')).toBeUndefined();
    expect((await answer(service.url, 'query($id: ID!) { customer(id: $id) { id } }', { id })).customer).toBeNull();
    const audit = fixtures((await service.graph.read(cypher.get('test-support/audit-subjects'))) as { id: string }[]);
    expect(audit).toEqual([
      { id: 'A-1', subject: id, labels: ['ErasedCustomer'] },
      { id: 'A-2', subject: id, labels: ['ErasedCustomer'] },
    ]);
    const { body } = await graphql(service.url, 'query($id: ID!) { exportCustomer(id: $id) { customerId } }', { id });
    expect(body.errors?.[0]).toMatchObject({ extensions: { argument: 'id' } });
    // Both rights are audited against the person, whichever id named them: the export as a read
    // of its document, the erasure (three calls above, two by the merged-away id) as writes.
    const log = await answer(service.url, 'query($id: ID!) { auditLog(customerId: $id, first: 100) { nodes { actor action fields } } }', {
      id,
    });
    const audited = log.auditLog.nodes
      .filter((entry: { actor: string }) => entry.actor === 'test-admin')
      .map((entry: { action: string; fields: string[] }) => `${entry.action} ${entry.fields.join()}`);
    expect(audited.filter((line: string) => /exportCustomer|eraseCustomer|CustomerExport/.test(line)).sort()).toEqual([
      'READ CustomerExport.document',
      'WRITE Mutation.eraseCustomer',
      'WRITE Mutation.eraseCustomer',
      'WRITE Mutation.eraseCustomer',
    ]);
  });

  it('refuses records carrying a suppressed identifier, naming record and field and keeping nothing, until the suppression is lifted', async () => {
    const again = record({
      kind: 'customer',
      source: 'shop',
      sourceId: 'U-9',
      email: ' Ann.Smith@Example.com ',
      givenName: 'Ann',
      familyName: 'Smith',
    });
    const before = await service.graph.read(cypher.get('test-support/graph-counts'));
    const [refused] = (await service.ingestion.ingestBatch([again])).results;
    expect(refused).toMatchObject({ status: 'rejected', suppressed: true });
    expect(refused!.customerId).toBeUndefined();
    expect(refused!.reasons).toEqual([
      expect.stringMatching(/^email: identifier of an erased person \(suppressed\); record shop\/U-9 was not written/),
    ]);
    expect(refused!.reasons.join(' ')).not.toMatch(/ann|smith/i);
    expect(await service.graph.read(cypher.get('test-support/graph-counts'))).toEqual(before);
    // The erased CRM record's own id is suppressed too, even without any identifier.
    const [byId] = (await service.ingestion.ingestBatch([record({ kind: 'customer', source: 'crm', sourceId: 'C-1', givenName: 'Ann' })]))
      .results;
    expect(byId!.reasons).toEqual([expect.stringMatching(/^sourceId: identifier of an erased person/)]);

    const lift = `mutation($v: String!) { liftSuppression(type: EMAIL, value: $v, basis: "signed up again in store, consent form 2026-11-02") { type basis liftedAt suppressedSince } }`;
    expect((await answer(service.url, lift, { v: 'ANN.SMITH@example.com' })).liftSuppression).toMatchObject({
      type: 'EMAIL',
      basis: expect.stringContaining('signed up again'),
    });
    const { body } = await graphql(service.url, lift, { v: 'ann.smith@example.com' });
    expect(body.errors?.[0]).toMatchObject({ extensions: { argument: 'value' } });
    const [accepted] = (await service.ingestion.ingestBatch([again])).results;
    expect(accepted).toMatchObject({ status: 'accepted', customerId: expect.any(String) });
  });

  it("erases the values a wrong merge, since split, left in another customer's attribute history", async () => {
    const cat = record({
      kind: 'customer',
      source: 'crm',
      sourceId: 'C-10',
      crmId: 'CRM-10',
      email: 'cat@example.com',
      givenName: 'Catherine',
    });
    const bob = record({
      kind: 'customer',
      source: 'shop',
      sourceId: 'U-11',
      email: 'bob.oddsson@example.com',
      phone: '+44 20 7946 0311',
      givenName: 'Robert',
      familyName: 'Oddsson',
      street: '9 Elm Road',
    });
    // A record claiming Cat's email and Bob's phone merges Bob (the newer) into Cat; it was wrong.
    const link = record({ kind: 'customer', source: 'web', sourceId: 'W-10', email: 'cat@example.com', phone: '+44 20 7946 0311' });
    for (const batch of [[cat], [bob], [link]]) await service.ingestion.run(batch);
    const catId = (await customerOf('cat@example.com'))!;
    const [bobId] = (await service.graph.read(cypher.get('test-support/merged-ids'), { id: catId })).map((row) => row.id as string);
    await answer(service.url, 'mutation($id: ID!) { unmergeCustomer(id: $id, reason: "different people") { restored { id } } }', {
      id: bobId,
    });
    const streets = async () =>
      (await answer(service.url, history, { id: catId, attribute: 'street' })).customer.attributeHistory.nodes.map(
        (change: { oldValue: string | null; newValue: string | null }) => [change.oldValue, change.newValue],
      );
    expect(await streets()).toEqual([
      ['9 Elm Road', null],
      [null, '9 Elm Road'],
    ]);

    expect((await answer(service.url, erase, { id: bobId })).eraseCustomer).toMatchObject({ alreadyErased: false, sourceRecords: 1 });
    expect(await streets()).toEqual([]);
    const left = (await service.graph.read(cypher.get('test-support/all-properties')))
      .flatMap((row) => Object.values(row.properties as object).flat())
      .filter((value) => /oddsson|robert|elm road/i.test(String(value)));
    expect(left).toEqual([]);
  });
});
