import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { StatementCallError } from '../../src/graph/graph.js';
import { Metrics } from '../../src/observability/metrics.js';
import { Graph } from '../../src/graph/graph.js';
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
});
