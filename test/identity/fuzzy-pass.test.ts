import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { matchCustomers } from '../../src/identity/fuzzy-pass.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { Ingestion } from '../../src/ingestion/ingest.js';
import { sourceOf, type Source } from '../../src/ingestion/sources.js';
import { resetGraph, testGraph, testHasher } from '../support/graph.js';

const sources = new Map<string, Source>([
  ['crm', sourceOf({ source: 'crm', defaultRegion: 'GB', trust: 4, kinds: {} })],
  ['shop', sourceOf({ source: 'shop', defaultRegion: 'GB', trust: 2, kinds: {} })],
]);
const customer = (source: string, sourceId: string, fields: Record<string, unknown>) => {
  const record = { kind: 'customer', source, sourceId, ...fields };
  return { original: record, fields: record };
};

describe('fuzzy matching over the graph', () => {
  const graph = testGraph();
  const rules = loadIdentityRules();
  const ingestion = new Ingestion(graph, sources, rules, testHasher());
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());

  it('merges records of one person that share no identifier, and leaves look-alikes apart', async () => {
    const person = { birthDate: '1956-04-09', street: '7 Wallaby Place', city: 'Delmar', postcode: '2119' };
    await ingestion.run([
      customer('crm', 'C-1', {
        ...person,
        givenName: 'Mitchell',
        familyName: 'Green',
        email: 'mitchell@example.com',
        nationalId: '1804974',
      }),
      customer('shop', 'S-1', { ...person, givenName: 'Mitchel', familyName: 'Gren', phone: '+61 2 9374 4000', nationalId: '1804947' }),
      customer('shop', 'S-2', {
        givenName: 'Mitchell',
        familyName: 'Green',
        birthDate: '1990-01-01',
        city: 'Perth',
        email: 'other@example.com',
      }),
    ]);
    const result = await matchCustomers(graph, rules);
    expect(result).toMatchObject({ records: 3, merged: 1, refused: [] });
    const [merged] = await graph.read(cypher.get('test-support/customer-by-identity'), { type: 'EMAIL', value: 'mitchell@example.com' });
    expect(await graph.read(cypher.get('test-support/customer-by-identity'), { type: 'PHONE', value: '+61293744000' })).toEqual([merged]);
    const [stranger] = await graph.read(cypher.get('test-support/customer-by-identity'), { type: 'EMAIL', value: 'other@example.com' });
    expect(stranger).not.toEqual(merged);
    // Running again finds nothing new to merge.
    expect((await matchCustomers(graph, rules)).merged).toBe(0);
  });

  it('keeps a fuzzy merge the identity rules refuse for review, saying why', async () => {
    // One woman in two CRMs (one CRM id each): the name, birth date and home say one person, the rules say two CRM contacts.
    const person = {
      givenName: 'Saoirse',
      familyName: 'Ní Bhraonáin',
      birthDate: '1979-12-02',
      street: '3 Quay Lane',
      city: 'Dingle',
      postcode: 'V92 X2C4',
    };
    await ingestion.run([customer('crm', 'C-1', { ...person, crmId: 'CRM-1' }), customer('shop', 'S-1', { ...person, crmId: 'CRM-2' })]);
    const result = await matchCustomers(graph, rules);
    expect(result).toMatchObject({ merged: 0, reviewPairs: 1 });
    expect(result.refused).toEqual([expect.stringMatching(/not merged: one customer would hold 2 CRM_ID values/)]);
    const [pair] = await graph.read(cypher.get('test-support/possible-matches'), { limit: 10 });
    expect(pair!.reasons).toContain('not merged by the identity rules: one customer would hold 2 CRM_ID values (at most 1)');
    // Stored once: a second pass finds the same pair and stores nothing new.
    expect((await matchCustomers(graph, rules)).reviewPairs).toBe(1);
    expect(await graph.read(cypher.get('test-support/possible-matches'), { limit: 10 })).toHaveLength(1);
  });

  it('keeps a middling pair for review with the evidence in words', async () => {
    await ingestion.run([
      customer('crm', 'C-1', { givenName: 'Jasmine', familyName: 'Clarke', city: 'Noble Park', postcode: '3174', birthDate: '1982-03-14' }),
      customer('shop', 'S-1', { givenName: 'Jasmin', familyName: 'Clark', city: 'Dandenong' }),
    ]);
    const result = await matchCustomers(graph, rules);
    expect(result).toMatchObject({ merged: 0, reviewPairs: 1 });
    const [pair] = await graph.read(cypher.get('test-support/possible-matches'), { limit: 10 });
    expect(pair!.score).toBeGreaterThan(0.5);
    expect(pair!.score).toBeLessThan(0.999);
    expect((pair!.reasons as string[]).join(' ')).toMatch(/family name 'Clarke' ~ 'Clark'/);
  });
});
