import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { sourceRecordRow } from '../../src/ingestion/fact-rows.js';
import { Ingestion } from '../../src/ingestion/ingest.js';
import { prepareRecord } from '../../src/ingestion/prepare.js';
import { sourceOf, type Source } from '../../src/ingestion/sources.js';
import { resetGraph, testGraph, testHasher } from '../support/graph.js';

const source = sourceOf({ source: 'till', defaultRegion: 'NZ', trust: 2, kinds: {} });
const sources = new Map<string, Source>([['till', source]]);
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
