import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { ArrivalMatching } from '../../src/identity/arrival.js';
import { matchCustomers } from '../../src/identity/fuzzy-pass.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { Ingestion } from '../../src/ingestion/ingest.js';
import { sourceOf, type Source } from '../../src/ingestion/sources.js';
import { resetGraph, testConfig, testHasher, testNeo4j } from '../support/graph.js';
import { graphql, startTestService, type RunningService } from '../support/service.js';

const ingestCustomers = `mutation Ingest($source: String!, $records: [CustomerRecordInput!]!) {
  ingestCustomers(source: $source, records: $records) { accepted records { sourceId customerId } }
}`;
const home = { street: '27 Kelvin Grove', city: 'Dunedin', postcode: '9016', country: 'NZ' };

describe('matching on arrival', () => {
  let service: RunningService;
  const customerOf = async (source: string, sourceId: string) =>
    (await service.graph.read(cypher.get('identity/record-customers'))).find((row) => row.source === source && row.sourceId === sourceId)!
      .customerId as string;
  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
  });
  beforeEach(() => resetGraph(service.graph));
  afterAll(() => service.stop());

  it('merges a streamed record with its blocking neighbour as it lands, and keeps a twin apart', async () => {
    await graphql(service.url, ingestCustomers, {
      source: 'crm',
      records: [
        { sourceId: 'CRM-77', givenName: 'Bartholomew', familyName: 'Te Whiti', birthDate: '1977-11-03', ...home },
        { sourceId: 'CRM-78', givenName: 'Hemi', familyName: 'Te Whiti', birthDate: '1977-11-03', ...home },
      ],
    });
    const merges = service.live.merges();
    const told = merges.next();
    const streamed = await graphql(service.url, ingestCustomers, {
      source: 'shop',
      records: [{ sourceId: 'web-5', givenName: 'Bart', familyName: 'Te Whiti', birthDate: '1977-11-03', ...home }],
    });
    expect(streamed.body.data.ingestCustomers.accepted).toBe(1);
    // No full pass ran: the nickname met Bartholomew through a stored blocking key.
    expect(await customerOf('shop', 'web-5')).toBe(await customerOf('crm', 'CRM-77'));
    // Whoever listens to customerMerged is told of the merge on arrival, as of one through an identifier.
    const { value: merged } = await told;
    await merges.return?.();
    expect(merged).toMatchObject({
      survivor: await customerOf('crm', 'CRM-77'),
      absorbed: [streamed.body.data.ingestCustomers.records[0].customerId],
      reason: expect.stringMatching(/^fuzzy match .*given name '(Bart|Bartholomew)' is a variant of/),
    });
    expect(await customerOf('crm', 'CRM-78')).not.toBe(await customerOf('crm', 'CRM-77'));
  });

  it('sends a move with nothing more in common to the review queue on arrival', async () => {
    await graphql(service.url, ingestCustomers, {
      source: 'crm',
      records: [{ sourceId: 'CRM-1', givenName: 'Ngaio', familyName: 'Pomare', birthDate: '1962-04-29', ...home }],
    });
    await graphql(service.url, ingestCustomers, {
      source: 'shop',
      records: [
        {
          sourceId: 'S-1',
          givenName: 'Ngaio',
          familyName: 'Pomare',
          birthDate: '1962-04-29',
          street: '5 Cuba Street',
          city: 'Wellington',
          postcode: '6011',
        },
      ],
    });
    const pairs = await service.graph.read(cypher.get('test-support/possible-matches'), { limit: 10 });
    expect(pairs).toHaveLength(1);
    expect([pairs[0]!.a, pairs[0]!.b].sort()).toEqual([await customerOf('crm', 'CRM-1'), await customerOf('shop', 'S-1')].sort());
    expect(pairs[0]!.reasons).toContain('review at most: another address and no identifier in common (moved house?)');
  });
});

describe('blocking keys of records that came before matching on arrival', () => {
  const sources = new Map<string, Source>([
    ['ledger', sourceOf({ source: 'ledger', defaultRegion: 'FI', trust: 3, kinds: {} })],
    ['app', sourceOf({ source: 'app', defaultRegion: 'FI', trust: 2, kinds: {} })],
  ]);
  const rules = loadIdentityRules();
  let graph: RunningService['graph'];
  let service: RunningService;
  const record = (source: string, sourceId: string, fields: Record<string, unknown>) => {
    const value = { kind: 'customer', source, sourceId, ...fields };
    return { original: value, fields: value };
  };
  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    graph = service.graph;
    await resetGraph(graph);
  });
  afterAll(() => service.stop());

  it('are stored by the full pass, so a later arrival finds them', async () => {
    const plain = new Ingestion(graph, sources, rules, testHasher());
    await plain.run([
      record('ledger', 'L-1', {
        givenName: 'Väinö',
        familyName: 'Äijälä',
        birthDate: '1940-01-31',
        street: 'Mannerheimintie 5',
        city: 'Helsinki',
        postcode: '00100',
      }),
    ]);
    expect((await matchCustomers(graph, rules)).compared).toBe(0);
    const arriving = new Ingestion(graph, sources, rules, testHasher());
    const arrival = new ArrivalMatching(graph, rules);
    arriving.afterEachBatch(arrival.afterBatch);
    await arriving.run([
      record('app', 'A-1', {
        givenName: 'Vaino',
        familyName: 'Aijala',
        birthDate: '1940-01-31',
        street: 'Mannerheimintie 5',
        city: 'Helsinki',
        postcode: '00100',
      }),
    ]);
    expect(arrival.totals).toMatchObject({ merged: 1, compared: 1 });
    const customers = (await graph.read(cypher.get('identity/record-customers'))).map((row) => row.customerId);
    expect(new Set(customers).size).toBe(1);
  });
});
