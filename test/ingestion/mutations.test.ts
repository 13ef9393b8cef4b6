import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { graphql, startTestService, type RunningService } from '../support/service.js';

const ingestCustomers = `mutation Ingest($source: String!, $records: [CustomerRecordInput!]!) {
  ingestCustomers(source: $source, records: $records) {
    accepted updated unchanged rejected merges
    records { sourceId status customerId reasons }
  }
}`;

const ingestOrders = `mutation Orders($records: [OrderRecordInput!]!) {
  ingestOrders(source: "shop", records: $records) { accepted rejected records { sourceId status reasons customerId } }
}`;

describe('ingest mutations', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
  });
  beforeEach(() => resetGraph(service.graph));
  afterAll(() => service.stop());

  it('ingests a batch, returns a result per record, and is idempotent', async () => {
    const records = [
      { sourceId: 'C-1', crmId: 'CRM-1', email: ' Jo@Example.com', givenName: 'jo' },
      { sourceId: 'C-2', email: 'not an email' },
      { sourceId: 'C-3', crmId: 'CRM-3', phone: '+44 20 7946 0999', country: 'United Kingdom' },
    ];
    const first = await graphql(service.url, ingestCustomers, { source: 'crm', records });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.ingestCustomers).toMatchObject({ accepted: 2, rejected: 1, unchanged: 0 });
    expect(first.body.data.ingestCustomers.records.map((r: { status: string }) => r.status)).toEqual(['ACCEPTED', 'REJECTED', 'ACCEPTED']);
    expect(first.body.data.ingestCustomers.records[1]).toEqual({
      sourceId: 'C-2',
      status: 'REJECTED',
      customerId: null,
      reasons: ['email: is not a valid email address'],
    });

    const again = await graphql(service.url, ingestCustomers, { source: 'crm', records });
    expect(again.body.data.ingestCustomers).toMatchObject({ accepted: 0, unchanged: 2, rejected: 1 });
    expect(again.body.data.ingestCustomers.records[0].customerId).toBe(first.body.data.ingestCustomers.records[0].customerId);
  });

  it('ties events to the customer a person reference names, and rejects unknown references', async () => {
    await graphql(
      service.url,
      `mutation { ingestProducts(source: "shop", records: [{ sourceId: "SKU-1", name: "Kettle", categoryPath: ["Home", "Kitchen"], price: "39.00", currency: "GBP" }]) { accepted } }`,
    );
    const customer = await graphql(service.url, ingestCustomers, {
      source: 'shop',
      records: [{ sourceId: 'S-1', email: 'buyer@example.com' }],
    });
    const customerId = customer.body.data.ingestCustomers.records[0].customerId;
    const line = { sku: 'SKU-1', quantity: 2, unitPrice: '39.00' };
    const result = await graphql(service.url, ingestOrders, {
      records: [
        {
          sourceId: 'O-1',
          person: { customerSourceId: 'S-1' },
          placedAt: '2026-05-01T09:00:00Z',
          channel: 'WEB',
          currency: 'GBP',
          lines: [line],
        },
        {
          sourceId: 'O-2',
          person: { customerSourceId: 'S-404' },
          placedAt: '2026-05-01T09:00:00Z',
          channel: 'WEB',
          currency: 'GBP',
          lines: [line],
        },
        {
          sourceId: 'O-3',
          person: { email: 'BUYER@example.com' },
          placedAt: '2026-05-02T09:00:00Z',
          channel: 'FAX',
          currency: 'GBP',
          lines: [line],
        },
      ],
    });
    expect(result.body.data.ingestOrders.records).toEqual([
      { sourceId: 'O-1', status: 'ACCEPTED', reasons: [], customerId },
      {
        sourceId: 'O-2',
        status: 'REJECTED',
        reasons: ['customerSourceId: unknown reference: no customer record S-404 in source shop'],
        customerId: null,
      },
      { sourceId: 'O-3', status: 'REJECTED', reasons: [expect.stringMatching(/^channel: "FAX" is not one of WEB, /)], customerId: null },
    ]);
  });

  it('rejects records of a source that has no mapping file', async () => {
    const result = await graphql(service.url, ingestCustomers, {
      source: 'nowhere',
      records: [{ sourceId: 'X-1', email: 'x@example.com' }],
    });
    expect(result.body.data.ingestCustomers.records[0].reasons).toEqual(['source: unknown source "nowhere" (no sources/nowhere.yaml)']);
  });

  it('refuses a batch over the size limit with an error naming the argument', async () => {
    const records = Array.from({ length: 1001 }, (_, n) => ({ sourceId: `C-${n}` }));
    const result = await graphql(service.url, ingestCustomers, { source: 'crm', records });
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'records: at most 1000 records per call, got 1001',
      extensions: { argument: 'records' },
    });
  });
});

describe("ingesting rows in a source's own shape", () => {
  const ingestRows = `mutation Rows($source: String!, $rows: [JSON!]!) {
    ingestRows(source: $source, kind: TOUCHPOINT, rows: $rows) { accepted unchanged rejected skipped records { sourceId status reasons } }
  }`;
  let service: RunningService;
  beforeAll(async () => {
    // Mappings kept outside sources/: another company's email tool, with its own words and epoch seconds.
    service = await startTestService(
      testConfig({ SOURCE_MAPPINGS_DIR: join(projectRoot, 'test', 'fixtures', 'fernhill', 'mappings') }),
      testNeo4j(),
    );
  });
  beforeEach(() => resetGraph(service.graph));
  afterAll(() => service.stop());

  it('maps them with the registered mapping, answers skipped rows in place, and is idempotent', async () => {
    const rows = [
      { recipient: 'Ann@Example.com', event: 'open', when: '1772357400', campaign_name: 'Spring' },
      { recipient: 'ann@example.com', event: 'bounce', when: '1772357460' },
      { recipient: 'ann@example.com', event: 'forward', when: '1772357520' },
    ];
    const first = await graphql(service.url, ingestRows, { source: 'fh-email', rows });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.ingestRows).toMatchObject({ accepted: 1, rejected: 1, skipped: 1 });
    expect(first.body.data.ingestRows.records.map((record: { status: string }) => record.status)).toEqual([
      'ACCEPTED',
      'SKIPPED',
      'REJECTED',
    ]);
    expect(first.body.data.ingestRows.records[0].sourceId).toMatch(/^em-[0-9a-f]{20}$/);
    expect(first.body.data.ingestRows.records[1].reasons).toEqual(['bounce (a delivery report, not something the person did)']);
    expect(first.body.data.ingestRows.records[2].reasons).toEqual([expect.stringMatching(/^type: "forward" is not one of PAGE_VIEW, /)]);
    const again = await graphql(service.url, ingestRows, { source: 'fh-email', rows });
    expect(again.body.data.ingestRows).toMatchObject({ accepted: 0, unchanged: 1, rejected: 1, skipped: 1 });
  });

  it('refuses a source without a registered mapping for that kind, naming the argument', async () => {
    const answer = await graphql(service.url, ingestRows, { source: 'fh-crm', rows: [{ contact_ref: 'CT-1' }] });
    expect(answer.body.errors![0].message).toMatch(/no registered mapping for touchpoint records of source "fh-crm"/);
    expect(answer.body.errors![0].extensions).toMatchObject({ argument: 'source' });
  });
});
