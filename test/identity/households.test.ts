import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { matchCustomers } from '../../src/identity/fuzzy-pass.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { Ingestion } from '../../src/ingestion/ingest.js';
import { sourceOf, type Source } from '../../src/ingestion/sources.js';
import { resetGraph, testGraph, testHasher } from '../support/graph.js';

const sources = new Map<string, Source>([
  ['registry', sourceOf({ source: 'registry', defaultRegion: 'IE', trust: 4, kinds: {} })],
  ['kiosk', sourceOf({ source: 'kiosk', defaultRegion: 'IE', trust: 2, kinds: {} })],
]);
const person = (source: string, sourceId: string, fields: Record<string, unknown>) => {
  const record = { kind: 'customer', source, sourceId, ...fields };
  return { original: record, fields: record };
};
const home = { street: '14 Ballyhooly Road', city: 'Cork', postcode: 'T23 X2F8' };

describe('identity resolution that knows households', () => {
  const graph = testGraph();
  const rules = loadIdentityRules();
  const ingestion = new Ingestion(graph, sources, rules, testHasher());
  const customerOf = async (source: string, sourceId: string) =>
    (await graph.read(cypher.get('identity/record-customers'))).find((row) => row.source === source && row.sourceId === sourceId)!
      .customerId as string;
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());

  it('keeps twins, spouses and a father and son of one name apart, even sharing a landline and a family mailbox', async () => {
    const summary = await ingestion.run([
      person('registry', 'R-1', {
        ...home,
        givenName: 'Siobhán',
        familyName: 'Ó Súilleabháin',
        birthDate: '2001-07-04',
        phone: '+353 21 450 1234',
      }),
      person('registry', 'R-2', {
        ...home,
        givenName: 'Aoife',
        familyName: 'Ó Súilleabháin',
        birthDate: '2001-07-04',
        phone: '+353 21 450 1234',
      }),
      person('registry', 'R-3', {
        ...home,
        givenName: 'Pádraig',
        familyName: 'Ó Súilleabháin',
        birthDate: '1968-02-11',
        email: 'osuilleabhain.home@example.ie',
      }),
      person('registry', 'R-4', {
        ...home,
        givenName: 'Máire',
        familyName: 'Ó Súilleabháin',
        birthDate: '1970-09-30',
        email: 'osuilleabhain.home@example.ie',
      }),
      person('kiosk', 'K-1', {
        ...home,
        givenName: 'Pádraig',
        familyName: 'Ó Súilleabháin',
        birthDate: '1995-05-19',
        phone: '+353 21 450 1234',
      }),
    ]);
    expect(summary.refusedLinks).toBeGreaterThanOrEqual(2);
    const result = await matchCustomers(graph, rules);
    expect(result.merged).toBe(0);
    const ids = await Promise.all(
      [
        ['registry', 'R-1'],
        ['registry', 'R-2'],
        ['registry', 'R-3'],
        ['registry', 'R-4'],
        ['kiosk', 'K-1'],
      ].map(([s, i]) => customerOf(s!, i!)),
    );
    expect(new Set(ids).size).toBe(5);
    // Different people are not even proposed for review.
    expect(result.reviewPairs).toBe(0);
  });

  it('keeps a father without a birth date apart from his son of one name, once the family mailbox is seen shared', async () => {
    const flat = { street: 'ul. Długa 7 m. 4', city: 'Gdańsk', postcode: '80-827' };
    const mailbox = 'rodzina.wisniewscy@example.pl';
    // The father's only record has no birth date; his wife's and his son's arrive in a later batch.
    await ingestion.run([person('registry', 'R-1', { ...flat, givenName: 'Zbigniew', familyName: 'Wiśniewski', email: mailbox })]);
    const summary = await ingestion.run([
      person('kiosk', 'K-1', { ...flat, givenName: 'Grażyna', familyName: 'Wiśniewska', birthDate: '1966-03-02', email: mailbox }),
      person('kiosk', 'K-2', { ...flat, givenName: 'Zbigniew', familyName: 'Wiśniewski', birthDate: '1994-11-20', email: mailbox }),
    ]);
    // The mother by her given name (to the father and to the son), the son by the shared mailbox.
    expect(summary.refusedLinks).toBe(3);
    const result = await matchCustomers(graph, rules);
    expect(result.merged).toBe(0);
    expect(await customerOf('kiosk', 'K-2')).not.toBe(await customerOf('registry', 'R-1'));
    // Nothing tells whose the dateless record is: a steward decides.
    const pairs = await graph.read(cypher.get('test-support/possible-matches'), { limit: 10 });
    expect(pairs).toHaveLength(1);
    expect((pairs[0]!.reasons as string[]).at(-1)).toMatch(/one home, no birth date/);
  });

  it('merges a nickname with the same birth date and address', async () => {
    await ingestion.run([
      person('registry', 'R-1', { ...home, givenName: 'Margaret', familyName: 'Twomey', birthDate: '1958-12-01' }),
      person('kiosk', 'K-1', { ...home, givenName: 'Peggy', familyName: 'Twomey', birthDate: '1958-12-01' }),
    ]);
    expect((await matchCustomers(graph, rules)).merged).toBe(1);
    expect(await customerOf('kiosk', 'K-1')).toBe(await customerOf('registry', 'R-1'));
  });

  it('merges a move when one more identifier agrees, and sends a move with nothing more to review', async () => {
    const moved = { street: '3 Rue des Tanneurs', city: 'Lyon', postcode: '69001' };
    await ingestion.run([
      person('registry', 'R-1', {
        ...home,
        givenName: 'Cormac',
        familyName: 'Ní Bhriain',
        birthDate: '1983-06-17',
        email: 'cormac.nb@example.ie',
      }),
      person('kiosk', 'K-1', {
        ...moved,
        givenName: 'Cormac',
        familyName: 'Ní Bhriain',
        birthDate: '1983-06-17',
        email: 'cormac.nb@example.ie',
      }),
      person('registry', 'R-2', { ...home, givenName: 'Eilís', familyName: 'Mac Cárthaigh', birthDate: '1990-01-23' }),
      person('kiosk', 'K-2', { ...moved, givenName: 'Eilís', familyName: 'Mac Cárthaigh', birthDate: '1990-01-23' }),
    ]);
    const result = await matchCustomers(graph, rules);
    expect(await customerOf('kiosk', 'K-1')).toBe(await customerOf('registry', 'R-1'));
    expect(await customerOf('kiosk', 'K-2')).not.toBe(await customerOf('registry', 'R-2'));
    expect(result.reviewPairs).toBe(1);
    const [pair] = await graph.read(cypher.get('test-support/possible-matches'), { limit: 10 });
    expect((pair!.reasons as string[]).at(-1)).toMatch(/moved house/);
  });
});
