import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { sourceRecordRow } from '../../src/ingestion/fact-rows.js';
import { Ingestion } from '../../src/ingestion/ingest.js';
import { prepareRecord } from '../../src/ingestion/prepare.js';
import { sourceOf, type Source } from '../../src/ingestion/sources.js';
import { resetGraph, testGraph, testHasher } from '../support/graph.js';

const source = sourceOf({ source: 'till', defaultRegion: 'NZ', trust: 2, kinds: {} });
const sources = new Map<string, Source>([
  ['till', source],
  ['web', sourceOf({ source: 'web', defaultRegion: 'NZ', trust: 1, kinds: {} })],
]);
const shopper = (givenName: string) => {
  const fields = { kind: 'customer', source: 'till', sourceId: 'T-1', givenName, familyName: 'Ngata', email: 'aroha@example.co.nz' };
  return { original: fields, fields };
};

/**
 * An import creates the records it read as new instead of merging them. Another import that
 * creates one of them first, committing while this batch waits on it, must not leave the record
 * or its links twice: the database refuses the second copy, and the batch starts over from its
 * reads and lands the record as an update.
 */
describe('a record two imports bring at once', () => {
  const graph = testGraph();
  const rules = loadIdentityRules();
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());

  it('lands once, with one link of each kind, the later import starting over', async () => {
    const first = prepareRecord(shopper('Aroa').fields, source, rules);
    if (!first.ok) throw new Error(first.reasons.join('; '));
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let created = () => {};
    const isCreated = new Promise<void>((resolve) => (created = resolve));
    // The other import, between creating the record and committing.
    const other = graph.transaction('write', async (tx) => {
      await tx.run(cypher.get('ingestion/upsert-source-records'), {
        rows: [sourceRecordRow(first.prepared, null)],
        now: new Date().toISOString(),
      });
      created();
      await released;
    });
    await isCreated;

    const importing = new Ingestion(graph, sources, rules, testHasher()).run([shopper('Aroha')]);
    const blocked = async () => (await graph.read(cypher.get('test-support/blocked-transactions')))[0]!.blocked as number;
    while ((await blocked()) === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await other;

    const summary = await importing;
    expect(summary).toMatchObject({ accepted: 0, updated: 1, rejected: 0 });
    expect(summary.retries).toBeGreaterThanOrEqual(1);
    const stored = await graph.read(cypher.get('test-support/stored-records'), { sources: ['till'] });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ profile: { givenName: 'Aroha' }, identities: ['EMAIL aroha@example.co.nz'] });
    expect(stored[0]!.customerId).toEqual(expect.any(String));
  });
});

/**
 * Two imports over the same people, each writing two batches at once (their batches share no
 * identifier, so Ingestion.run lets them overlap): the identity locks still make them take turns
 * with the other import's batches, so every person ends as one customer.
 */
describe('two imports, each with two batches in flight', () => {
  const graph = testGraph(120_000);
  const rules = loadIdentityRules();
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());
  const people = Array.from({ length: 40 }, (_, n) => n);
  const email = (n: number) => `person${n}@example.co.nz`;
  const phone = (n: number) => `+6495550${String(1000 + n)}`;
  const record = (fields: Record<string, unknown>) => ({ original: fields, fields });

  it('gives one customer per person', async () => {
    // The till knows each person by email, then (later in its file) by phone: two customers until
    // the web's record of the person, with both, joins them.
    const till = [
      ...people.map((n) => record({ kind: 'customer', source: 'till', sourceId: `E-${n}`, email: email(n) })),
      ...people.map((n) => record({ kind: 'customer', source: 'till', sourceId: `P-${n}`, phone: phone(n) })),
    ];
    const web = [...people]
      .reverse()
      .map((n) => record({ kind: 'customer', source: 'web', sourceId: `W-${n}`, email: email(n), phone: phone(n) }));
    // Identifiers seen before and held by nobody (as a batch whose records were rejected leaves
    // them): creating one no longer makes a second import wait, only the identity lock does.
    const identities = people.flatMap((n) => [
      { type: 'EMAIL', value: email(n) },
      { type: 'PHONE', value: phone(n) },
    ]);
    await graph.transaction('write', (tx) =>
      tx.run(cypher.get('ingestion/locked-identity-holders'), { identities, now: new Date().toISOString() }),
    );
    const ingestion = new Ingestion(graph, sources, rules, testHasher());
    const runs = await Promise.all([ingestion.run(till, { batchSize: 4, inFlight: 2 }), ingestion.run(web, { batchSize: 3, inFlight: 2 })]);
    expect(runs.map((run) => run.rejected)).toEqual([0, 0]);
    expect(await graph.read(cypher.get('test-support/identities-held-by-several'))).toEqual([]);
    const holder = async (type: string, value: string) =>
      (await graph.read(cypher.get('test-support/customer-by-identity'), { type, value })).map((row) => row.id as string);
    const customers = new Set<string>();
    for (const n of people) {
      const [byEmail, byPhone] = [await holder('EMAIL', email(n)), await holder('PHONE', phone(n))];
      expect(byEmail).toHaveLength(1);
      expect(byPhone).toEqual(byEmail);
      customers.add(byEmail[0]!);
    }
    expect(customers.size).toBe(people.length);
  }, 300_000);
});
