import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { ranOutOfTime, type Params } from '../../src/graph/graph.js';
import type { StatementName } from '../../src/graph/statement-names.generated.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { Ingestion } from '../../src/ingestion/ingest.js';
import { sourceOf, type Source } from '../../src/ingestion/sources.js';
import { holdOpen, resetGraph, testGraph, testHasher } from '../support/graph.js';

/**
 * What keeps two imports from making two customers of one person: the identifiers, customers and
 * records a batch writes are write-locked until it commits. A library's member, imported once;
 * then each lock statement holds its node in one transaction while the same statement in another,
 * with a second and a half to live, must wait for it and run out of time.
 */
describe('the write locks of a batch', () => {
  const graph = testGraph();
  const sources = new Map<string, Source>([['library', sourceOf({ source: 'library', defaultRegion: 'IE', trust: 3, kinds: {} })]]);
  let customerId = '';
  beforeAll(async () => {
    await resetGraph(graph);
    const fields = { kind: 'customer', source: 'library', sourceId: 'M-7', email: 'Wren.Byrne@Example.ie', givenName: 'Wren' };
    await new Ingestion(graph, sources, loadIdentityRules(), testHasher()).run([{ original: fields, fields }]);
    customerId = (await graph.read(cypher.get('identity/record-customers')))[0]!.customerId as string;
  });
  afterAll(() => graph.close());

  const hold = async (name: StatementName, params: Params) => (await holdOpen(graph, cypher.get(name), params)).release;

  /** Whether `name`, in a transaction with a second and a half to live, runs out of time waiting for a lock. */
  async function waits(name: StatementName, params: Params): Promise<boolean> {
    try {
      await graph.transaction('write', (tx) => tx.run(cypher.get(name), params), 1500);
      return false;
    } catch (error) {
      if (!ranOutOfTime(error)) throw error;
      return true;
    }
  }

  it("locks the batch's identifiers, and only those", async () => {
    const now = new Date().toISOString();
    const wren = { identities: [{ type: 'EMAIL', value: 'wren.byrne@example.ie' }], now };
    const release = await hold('ingestion/locked-identity-holders', wren);
    try {
      expect(await waits('ingestion/locked-identity-holders', wren)).toBe(true);
      expect(await waits('ingestion/locked-identity-holders', { identities: [{ type: 'EMAIL', value: 'aoife@example.ie' }], now })).toBe(
        false,
      );
    } finally {
      await release();
    }
  });

  it('locks the customers the batch writes to', async () => {
    const release = await hold('ingestion/lock-customers', { ids: [customerId] });
    try {
      expect(await waits('ingestion/lock-customers', { ids: [customerId] })).toBe(true);
    } finally {
      await release();
    }
  });

  it('locks the records a newer version replaces', async () => {
    const keys = [{ source: 'library', kind: 'customer', sourceId: 'M-7' }];
    const release = await hold('ingestion/detach-updated-records', { keys });
    try {
      expect(await waits('ingestion/detach-updated-records', { keys })).toBe(true);
    } finally {
      await release();
    }
  });
});
