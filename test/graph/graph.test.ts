import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { StatementCallError } from '../../src/graph/graph.js';
import { Metrics } from '../../src/observability/metrics.js';
import { Graph } from '../../src/graph/graph.js';
import { StatementPipeline } from '../../src/graph/statement-pipeline.js';
import { resetGraph, testGraph, testNeo4j } from '../support/graph.js';

describe('the graph layer on a real Neo4j', () => {
  const graph = testGraph();
  beforeAll(() => resetGraph(graph));
  afterAll(() => graph.close());

  it('connects to Neo4j Community 5.26', async () => {
    const info = (await graph.verifyConnectivity()) as { agent: string; protocolVersion: number };
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
  });

  it('converts integers without losing precision, and temporals to ISO strings', async () => {
    const [row] = await graph.read(cypher.get('test-support/value-kinds'));
    expect(row).toEqual({
      small: 42,
      beyondDouble: '9007199254740993',
      minLong: '-9223372036854775808',
      instant: '2026-01-02T03:04:05.123456789Z',
      day: '2026-01-02',
      span: 'P1DT2H',
      map: { count: 7, nested: [1, 2] },
    });
  });

  it('sends JavaScript integers as Neo4j integers and fractions as floats', async () => {
    const [counted] = await graph.read(cypher.get('test-support/count-to'), { n: 1000 });
    expect(counted).toEqual({ counted: 1000 });
    const [echo] = await graph.read(cypher.get('test-support/echo'), { value: { whole: 3, fraction: 2.5, list: [1, 'a'] } });
    expect(echo).toEqual({ value: { whole: 3, fraction: 2.5, list: [1, 'a'] } });
  });

  it('writes in write transactions and reads them back', async () => {
    const ledger = cypher.get('migration-ledger/applied');
    const before = await graph.read(ledger);
    await graph.write(cypher.get('migration-ledger/record'), { name: 'migrations/9999-probe', checksum: 'abc' });
    const after = await graph.read(ledger);
    expect(after).toHaveLength(before.length + 1);
    expect(after).toContainEqual(expect.objectContaining({ name: 'migrations/9999-probe', checksum: 'abc' }));
  });

  it('refuses a write statement in a read transaction, so routing stays honest', async () => {
    await expect(graph.read(cypher.get('test-support/delete-everything'))).rejects.toThrow(
      new StatementCallError('test-support/delete-everything is a write statement and cannot run in a read transaction'),
    );
  });

  it('refuses calls whose parameters do not match the header', async () => {
    await expect(graph.read(cypher.get('test-support/echo'), {})).rejects.toThrow(/takes \$value; missing value/);
    await expect(graph.read(cypher.get('test-support/echo'), { value: 1, extra: 2 })).rejects.toThrow(/unexpected extra/);
  });

  it('ends a transaction that runs past its timeout', async () => {
    const impatient = testGraph(100);
    try {
      await expect(impatient.read(cypher.get('test-support/count-to'), { n: 500_000_000 })).rejects.toThrow(/timeout|terminated/i);
    } finally {
      await impatient.close();
    }
  });

  it('times every statement by name for /metrics', async () => {
    const metrics = new Metrics();
    const timed = new Graph({ ...testNeo4j(), database: 'neo4j', txTimeoutMs: 5000, maxPoolSize: 2 }, metrics);
    try {
      await timed.read(cypher.get('health/ping'));
      await timed.read(cypher.get('health/ping'));
    } finally {
      await timed.close();
    }
    const text = await metrics.registry.metrics();
    expect(text).toContain('neo4j_query_duration_seconds_count{statement="health/ping",outcome="ok"} 2');
  });

  describe('statements sent together (StatementPipeline)', () => {
    const ledger = cypher.get('migration-ledger/applied');
    const record = cypher.get('migration-ledger/record');
    const names = async () => (await graph.read(ledger)).map((row) => row.name);

    it('runs them in the order sent: a read sent after a write sees it', async () => {
      const seen: unknown[] = [];
      await graph.transaction('write', async (tx) => {
        const pipeline = new StatementPipeline(tx);
        pipeline.send(record, { name: 'pipeline/first', checksum: 'a' });
        pipeline.send(ledger, {}, (rows) => seen.push(...rows.map((row) => row.name)));
        pipeline.send(record, { name: 'pipeline/second', checksum: 'b' });
        expect(seen).toEqual([]);
        await pipeline.drain();
      });
      expect(seen).toContain('pipeline/first');
      expect(seen).not.toContain('pipeline/second');
      expect(await names()).toEqual(expect.arrayContaining(['pipeline/first', 'pipeline/second']));
    });

    it('keeps nothing of a transaction whose check fails, even what was sent after it', async () => {
      const failed = graph.transaction('write', async (tx) => {
        const pipeline = new StatementPipeline(tx);
        pipeline.send(record, { name: 'pipeline/before-check', checksum: 'a' });
        pipeline.send(cypher.get('test-support/echo'), { value: 1 }, () => {
          throw new Error('the answer says stop');
        });
        pipeline.send(record, { name: 'pipeline/after-check', checksum: 'b' });
        await pipeline.drain();
      });
      await expect(failed).rejects.toThrow('the answer says stop');
      expect(await names()).not.toEqual(expect.arrayContaining(['pipeline/before-check']));
      expect(await names()).not.toEqual(expect.arrayContaining(['pipeline/after-check']));
    });

    it('throws the first statement that failed, not what followed it', async () => {
      const failed = graph.transaction('write', async (tx) => {
        const pipeline = new StatementPipeline(tx);
        pipeline.send(record, { name: 'pipeline/kept-back', checksum: 'a' });
        pipeline.send(record, { name: null, checksum: 'b' });
        pipeline.send(cypher.get('test-support/echo'), { value: 2 });
        await pipeline.drain();
      });
      await expect(failed).rejects.toThrow(/null property value/);
      expect(await names()).not.toContain('pipeline/kept-back');
    });
  });
});
