import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { refusesTheData } from '../../src/ingestion/ingest.js';
import { testGraph } from '../support/graph.js';

/** What the database says decides whether a batch's records are rejected one by one or the import stops. */
describe('a batch the database refuses', () => {
  const graph = testGraph();
  afterAll(() => graph.close());
  const failure = (work: Promise<unknown>) =>
    work.then(
      () => expect.fail('the statement should have failed'),
      (error: unknown) => error,
    );

  it('blames a record for a value of the wrong type', async () => {
    const error = await failure(graph.read(cypher.get('test-support/name-of'), { value: 42 }));
    expect(refusesTheData(error)).toBe(true);
  });

  it('blames no record for a transaction that timed out: the import stops and a re-run resumes', async () => {
    const impatient = testGraph(100);
    try {
      const error = await failure(impatient.read(cypher.get('test-support/count-to'), { n: 500_000_000 }));
      expect(String(error)).toMatch(/timeout|terminated/i);
      expect(refusesTheData(error)).toBe(false);
    } finally {
      await impatient.close();
    }
  });
});
