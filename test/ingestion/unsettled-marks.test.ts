import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { Ingestion } from '../../src/ingestion/ingest.js';
import { sourceOf, type Source } from '../../src/ingestion/sources.js';
import { resetGraph, testGraph, testHasher } from '../support/graph.js';

const sources = new Map<string, Source>([['kiosk', sourceOf({ source: 'kiosk', defaultRegion: 'IE', trust: 2, kinds: {} })]]);
const visitor = (n: number) => {
  const fields = { kind: 'customer', source: 'kiosk', sourceId: `K${n}`, givenName: `Aoife${n}`, email: `aoife.${n}@example.ie` };
  return { original: fields, fields };
};

/**
 * A batch marks the customers it changed Unsettled in its own transaction; once its listeners have
 * run, the next batch's transaction clears the marks (or a last write after the final batch). So
 * at any moment only customers whose after-batch work may not have run are marked.
 */
describe('the Unsettled marks of an import, one batch at a time', () => {
  const graph = testGraph();
  beforeAll(() => resetGraph(graph));
  afterAll(() => graph.close());
  const marked = async () => (await graph.read(cypher.get('ingestion/unsettled-customers'), { limit: 100 })).map((row) => row.id).sort();

  it('marks only the batch being told, and nothing once the import is done', async () => {
    const ingestion = new Ingestion(graph, sources, loadIdentityRules(), testHasher());
    const seen: { told: string[]; marked: unknown[] }[] = [];
    ingestion.afterEachBatch(async (customerIds) => void seen.push({ told: [...customerIds].sort(), marked: await marked() }));
    const summary = await ingestion.run([1, 2, 3, 4, 5].map(visitor), { batchSize: 2 });
    expect(summary.newCustomers).toBe(5);
    expect(seen.map(({ told }) => told.length)).toEqual([2, 2, 1]);
    for (const { told, marked } of seen) expect(marked).toEqual(told);
    expect(await marked()).toEqual([]);
  });

  it('leaves the batch whose listener failed marked, and the next import tells it first', async () => {
    await resetGraph(graph);
    const failing = new Ingestion(graph, sources, loadIdentityRules(), testHasher());
    let calls = 0;
    let second: string[] = [];
    failing.afterEachBatch(async (customerIds) => {
      calls += 1;
      if (calls === 2) {
        second = [...customerIds].sort();
        throw new Error('the segment refresh fell over');
      }
    });
    await expect(failing.run([11, 12, 13, 14, 15].map(visitor), { batchSize: 2 })).rejects.toThrow('the segment refresh fell over');
    // The first batch's marks went with the second batch's transaction; the second's stay.
    expect(await marked()).toEqual(second);

    const next = new Ingestion(graph, sources, loadIdentityRules(), testHasher());
    const told: string[][] = [];
    next.afterEachBatch(async (customerIds) => void told.push([...customerIds].sort()));
    await next.run([visitor(16)]);
    expect(told[0]).toEqual(second);
    expect(await marked()).toEqual([]);
  });
});
