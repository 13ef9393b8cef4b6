import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { Ingestion } from '../../src/ingestion/ingest.js';
import { prepareRecord } from '../../src/ingestion/prepare.js';
import { sourceOf, type Source } from '../../src/ingestion/sources.js';
import { holdOpen, resetGraph, testGraph, testHasher } from '../support/graph.js';

const source = sourceOf({ source: 'till', defaultRegion: 'NZ', trust: 2, kinds: {} });
const sources = new Map<string, Source>([['till', source]]);
const shopper = (sourceId: string, email: string) => {
  const fields = { kind: 'customer', source: 'till', sourceId, givenName: 'Aroha', familyName: `Ngata-${sourceId}`, email };
  return { original: fields, fields };
};

/**
 * A batch that runs past the transaction timeout is written again in halves, so a slow part
 * does not hold back the rest; one record that still runs out of time stops the import without
 * being rejected, and a re-run lands it. The slow part: an identifier another transaction holds
 * locked (as a concurrent import would), so the wait is the database's own, not a guess.
 */
describe('a batch that runs out of time', () => {
  const graph = testGraph();
  const rules = loadIdentityRules();
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());

  it('is written in halves; the record still waiting stops the import unrejected, and a re-run lands it', async () => {
    const held = shopper('T-4', 'hemi@example.co.nz');
    const prepared = prepareRecord(held.fields, source, rules);
    if (!prepared.ok) throw new Error(prepared.reasons.join('; '));
    const identities = prepared.prepared.identifiers;

    const blocker = await holdOpen(graph, cypher.get('ingestion/locked-identity-holders'), { identities, now: new Date().toISOString() });

    const impatient = testGraph(2_000);
    const rejected: string[] = [];
    const batch = [shopper('T-1', 'mere@example.co.nz'), shopper('T-2', 'tama@example.co.nz'), shopper('T-3', 'rangi@example.co.nz'), held];
    try {
      await expect(
        new Ingestion(impatient, sources, rules, testHasher()).run(batch, {
          onRejected: (record) => void rejected.push(String(record.fields?.sourceId)),
        }),
      ).rejects.toThrow(/timed? ?out|terminated|LockClientStopped/i);
    } finally {
      await blocker.release();
      await impatient.close();
    }
    expect(rejected).toEqual([]);
    const stored = async () => (await graph.read(cypher.get('identity/record-customers'))).map((row) => row.sourceId as string).sort();
    // The whole batch timed out; its first half and the third record landed, the fourth waited.
    expect(await stored()).toEqual(['T-1', 'T-2', 'T-3']);

    const again = await new Ingestion(graph, sources, rules, testHasher()).run(batch);
    expect(again).toMatchObject({ accepted: 1, unchanged: 3, rejected: 0, timeouts: 0 });
    expect(await stored()).toEqual(['T-1', 'T-2', 'T-3', 'T-4']);
  });
});
