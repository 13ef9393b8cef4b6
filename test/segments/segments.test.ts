import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, graphql, startTestService, type RunningService } from '../support/service.js';

const customer = (sourceId: string, country: string, updatedAt = '2026-01-01T00:00:00Z'): IncomingRecord => {
  const fields = {
    kind: 'customer',
    source: 'crm',
    sourceId,
    crmId: `CRM-${sourceId}`,
    email: `${sourceId.toLowerCase()}@example.com`,
    country,
    updatedAt,
  };
  return { original: fields, fields };
};

describe('segments', () => {
  let service: RunningService;
  const ask = (query: string, variables?: Record<string, unknown>) => answer(service.url, query, variables);
  const idOf = async (sourceId: string) =>
    (await ask(`{ customerByIdentity(type: CRM_ID, value: "CRM-${sourceId}") { id } }`)).customerByIdentity.id as string;
  const segment = async (name: string) =>
    (await ask(`{ segment(name: "${name}") { size members { nodes { id } } history { size entered left } } }`)).segment;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    await service.ingestion.run([customer('A', 'GB'), customer('B', 'FR'), customer('C', 'GB')]);
  });
  afterAll(() => service.stop());

  it('materialises a dynamic segment and keeps it up to date as records arrive, with entered and left times', async () => {
    const created = await ask(
      'mutation { createSegment(name: "uk", description: "Customers in the UK", filter: { profile: { country: "GB" } }) { name kind size filter } }',
    );
    expect(created.createSegment).toEqual({ name: 'uk', kind: 'DYNAMIC', size: 2, filter: '{"profile":{"country":"GB"}}' });
    const [a, c] = [await idOf('A'), await idOf('C')];
    expect((await segment('uk')).members.nodes.map((node: { id: string }) => node.id)).toEqual([a, c].sort());

    await service.ingestion.run([customer('D', 'GB')]);
    await service.ingestion.run([customer('C', 'FR', '2026-02-01T00:00:00Z')]);
    const uk = await segment('uk');
    expect(uk.size).toBe(2);
    expect(uk.members.nodes.map((node: { id: string }) => node.id)).toEqual([a, await idOf('D')].sort());
    expect(uk.history).toEqual([
      { size: 2, entered: 0, left: 1 },
      { size: 3, entered: 1, left: 0 },
      { size: 2, entered: 2, left: 0 },
    ]);

    const { customer: left } = await ask('query S($id: ID!) { customer(id: $id) { segments { segment { name } entered left } } }', {
      id: c,
    });
    expect(left.segments).toHaveLength(1);
    expect(left.segments[0].segment.name).toBe('uk');
    expect(Date.parse(left.segments[0].left)).toBeGreaterThan(Date.parse(left.segments[0].entered));

    expect((await ask('mutation { refreshSegment(name: "uk") { size entered left } }')).refreshSegment).toEqual({
      size: 2,
      entered: 0,
      left: 0,
    });
  });

  it('keeps a static segment as set by hand', async () => {
    const [a, b] = [await idOf('A'), await idOf('B')];
    expect(
      (await ask('mutation M($ids: [ID!]) { createSegment(name: "vip", customerIds: $ids) { kind size } }', { ids: [a] })).createSegment,
    ).toEqual({ kind: 'STATIC', size: 1 });
    expect(
      (await ask('mutation M($ids: [ID!]!) { addToSegment(name: "vip", customerIds: $ids) { size } }', { ids: [b] })).addToSegment.size,
    ).toBe(2);
    expect(
      (await ask('mutation M($ids: [ID!]!) { removeFromSegment(name: "vip", customerIds: $ids) { size } }', { ids: [a] })).removeFromSegment
        .size,
    ).toBe(1);
    expect((await segment('vip')).members.nodes).toEqual([{ id: b }]);
    const names = (await ask('{ segments { name } }')).segments.map((s: { name: string }) => s.name);
    expect(names).toEqual(['uk', 'vip']);
  });

  it("lets an audience ask for a segment's members", async () => {
    const { audience } = await ask(
      '{ audience(filter: { all: [{ inSegment: { name: "uk" } }, { profile: { country: "GB" } }] }) { totalCount nodes { id } } }',
    );
    expect(audience.nodes).toEqual((await segment('uk')).members.nodes);
    expect(audience.totalCount).toBe(2);
    const members = await ask('{ audience(filter: { not: { inSegment: { name: "uk" } } }) { totalCount } }');
    expect(members.audience.totalCount).toBe(2);
  });

  it('names what is wrong', async () => {
    const again = await graphql(service.url, 'mutation { createSegment(name: "uk", filter: { profile: { country: "FR" } }) { name } }');
    expect(again.body.errors?.[0]).toMatchObject({
      message: 'name: a segment named "uk" exists already',
      extensions: { argument: 'name' },
    });
    const both = await graphql(
      service.url,
      'mutation { createSegment(name: "x", filter: { profile: { country: "FR" } }, customerIds: ["c"]) { name } }',
    );
    expect(both.body.errors?.[0].message).toBe('filter: give either a filter (a dynamic segment) or customerIds (a static one)');
    const byHand = await graphql(service.url, 'mutation { addToSegment(name: "uk", customerIds: ["c"]) { name } }');
    expect(byHand.body.errors?.[0].message).toBe('name: uk is defined by its filter; its members cannot be set by hand');
  });
});
