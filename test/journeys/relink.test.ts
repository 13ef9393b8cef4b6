import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { Ingestion, type IncomingRecord } from '../../src/ingestion/ingest.js';
import { sourceOf, type Source } from '../../src/ingestion/sources.js';
import { resetGraph, testGraph, testHasher } from '../support/graph.js';

/**
 * A bike-share rider's rides arrive in pieces: one late into the middle of the journey, one
 * before all others, and a correction that moves a ride to a later day. Each import rewrites only
 * the NEXT links that change, and the journey ends as one import of the final rides makes it.
 */
describe('relinking a journey from the earliest new event', () => {
  const graph = testGraph();
  afterAll(() => graph.close());
  const sources = new Map<string, Source>([['velo', sourceOf({ source: 'velo', defaultRegion: 'BE', trust: 2, kinds: {} })]]);
  const ingestion = new Ingestion(graph, sources, loadIdentityRules(), testHasher());
  const ride = (sourceId: string, at: string, updatedAt = '2026-03-01T00:00:00Z'): IncomingRecord => {
    const fields = {
      kind: 'touchpoint',
      source: 'velo',
      sourceId,
      type: 'STORE_VISIT',
      channel: 'STORE',
      at,
      updatedAt,
      loyaltyId: 'RIDER-0042',
    };
    return { original: fields, fields };
  };
  /** Each link as "earlier -> later", with its own id. */
  const links = async () =>
    new Map(
      (await graph.read(cypher.get('test-support/journey-links'))).map((row) => [`${row.earlier} -> ${row.later}`, row.link as string]),
    );

  it('rewrites only the links that differ from the time order', async () => {
    await resetGraph(graph);
    await ingestion.run([
      ride('r1', '2026-03-01T08:00:00Z'),
      ride('r2', '2026-03-03T08:00:00Z'),
      ride('r4', '2026-03-09T08:00:00Z'),
      ride('r5', '2026-03-12T08:00:00Z'),
    ]);
    const first = await links();
    expect([...first.keys()]).toEqual(['velo|r1 -> velo|r2', 'velo|r2 -> velo|r4', 'velo|r4 -> velo|r5']);

    // Late, into the middle: r2 -> r4 becomes r2 -> r3 -> r4; r4 -> r5, after it, is kept as it was.
    await ingestion.run([ride('r3', '2026-03-05T08:00:00Z')]);
    const second = await links();
    expect([...second.keys()]).toEqual(['velo|r1 -> velo|r2', 'velo|r2 -> velo|r3', 'velo|r3 -> velo|r4', 'velo|r4 -> velo|r5']);
    expect(second.get('velo|r1 -> velo|r2')).toBe(first.get('velo|r1 -> velo|r2'));
    expect(second.get('velo|r4 -> velo|r5')).toBe(first.get('velo|r4 -> velo|r5'));

    // Before every other ride, then a correction moving r2 after r4: the journey is relinked whole.
    await ingestion.run([ride('r0', '2026-02-20T08:00:00Z')]);
    await ingestion.run([ride('r2', '2026-03-10T08:00:00Z', '2026-03-11T00:00:00Z')]);
    const last = await links();
    expect([...last.keys()]).toEqual([
      'velo|r0 -> velo|r1',
      'velo|r1 -> velo|r3',
      'velo|r2 -> velo|r5',
      'velo|r3 -> velo|r4',
      'velo|r4 -> velo|r2',
    ]);
    expect(last.get('velo|r3 -> velo|r4')).toBe(second.get('velo|r3 -> velo|r4'));

    // The final rides in one import make the same journey.
    await resetGraph(graph);
    await ingestion.run([
      ride('r5', '2026-03-12T08:00:00Z'),
      ride('r2', '2026-03-10T08:00:00Z', '2026-03-11T00:00:00Z'),
      ride('r0', '2026-02-20T08:00:00Z'),
      ride('r4', '2026-03-09T08:00:00Z'),
      ride('r1', '2026-03-01T08:00:00Z'),
      ride('r3', '2026-03-05T08:00:00Z'),
    ]);
    expect([...(await links()).keys()]).toEqual([...last.keys()]);
  });
});
