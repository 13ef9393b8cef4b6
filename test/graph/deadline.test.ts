import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { DeadlineExceeded } from '../../src/graph/graph.js';
import { resetGraph, testGraph } from '../support/graph.js';

/** A request's view of the graph (Graph.within): transactions get at most the time left, none starts late. */
describe('the graph within a deadline', () => {
  const graph = testGraph();
  beforeAll(() => resetGraph(graph));
  afterAll(() => graph.close());

  it('ends a long statement when the deadline comes, though the graph timeout is longer', async () => {
    const view = graph.within({ at: Date.now() + 300 });
    await expect(view.read(cypher.get('test-support/count-to'), { n: 2_000_000_000 })).rejects.toThrow(
      new DeadlineExceeded('the request ran out of time during a database transaction'),
    );
  });

  it('starts no transaction once the deadline passed', async () => {
    const view = graph.within({ at: Date.now() - 1 });
    await expect(view.read(cypher.get('health/ping'))).rejects.toThrow(
      new DeadlineExceeded('the request ran out of time before its next database transaction'),
    );
  });

  it('starts no transaction once the client went away', async () => {
    const leaving = new AbortController();
    const view = graph.within({ at: Date.now() + 60_000, signal: leaving.signal });
    expect(await view.read(cypher.get('test-support/count-to'), { n: 3 })).toEqual([{ counted: 3 }]);
    leaving.abort();
    await expect(view.read(cypher.get('health/ping'))).rejects.toThrow(new DeadlineExceeded('the client closed the request'));
  });

  it('leaves the shared driver open when a view is closed', async () => {
    await graph.within({ at: Date.now() + 1000 }).close();
    expect(await graph.read(cypher.get('test-support/count-to'), { n: 2 })).toEqual([{ counted: 2 }]);
  });
});
