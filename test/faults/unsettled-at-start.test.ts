import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { Ingestion } from '../../src/ingestion/ingest.js';
import { sourceOf, type Source } from '../../src/ingestion/sources.js';
import { resetGraph, testConfig, testGraph, testHasher, testNeo4j } from '../support/graph.js';
import { startTestService } from '../support/service.js';

const sources = new Map<string, Source>([
  ['parish', sourceOf({ source: 'parish', defaultRegion: 'GB', trust: 3, kinds: {} })],
  ['surgery', sourceOf({ source: 'surgery', defaultRegion: 'GB', trust: 2, kinds: {} })],
]);
const home = { street: '2 Chapel Row', city: 'Llanidloes', postcode: 'SY18 6BQ' };
const person = (source: string, sourceId: string, givenName: string) => {
  const fields = { kind: 'customer', source, sourceId, givenName, familyName: 'Pryce', birthDate: '1949-04-30', ...home };
  return { original: fields, fields };
};

/**
 * A process that stops between a batch's transaction and what follows it (matching on arrival)
 * leaves the batch's customers marked Unsettled; the service finishes them when it starts, not
 * only when the next import comes.
 */
describe('customers a stopped process left unsettled', () => {
  const graph = testGraph();
  beforeAll(() => resetGraph(graph));
  afterAll(() => graph.close());

  it('are matched when the service starts', async () => {
    // No listeners: the batch lands as it would have when its process died right after it.
    await new Ingestion(graph, sources, loadIdentityRules(), testHasher()).run([
      person('parish', 'P-7', 'Margaret'),
      person('surgery', 'S-19', 'Peggy'),
    ]);
    const customers = async () =>
      new Map((await graph.read(cypher.get('identity/record-customers'))).map((row) => [row.sourceId as string, row.customerId as string]));
    const before = await customers();
    expect(before.get('P-7')).not.toBe(before.get('S-19'));
    await graph.write(cypher.get('ingestion/mark-unsettled'), { ids: [...new Set(before.values())], settled: [] });

    const service = await startTestService(testConfig(), testNeo4j());
    try {
      const after = await customers();
      expect(after.get('S-19')).toBe(after.get('P-7'));
      expect(await graph.read(cypher.get('ingestion/unsettled-customers'), { limit: 10 })).toEqual([]);
    } finally {
      await service.stop();
    }
  });
});
