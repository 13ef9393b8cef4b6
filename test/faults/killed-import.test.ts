import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  embeddedStatus,
  startEmbedded,
  stopEmbedded,
  type EmbeddedConnection,
  type EmbeddedOptions,
} from '../../src/embedded-neo4j/instance.js';
import { generate } from '../../src/generator/generate.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { Graph } from '../../src/graph/graph.js';
import { sourceFilesIn } from '../../src/ingestion/import-files.js';
import { projectRoot } from '../../src/project.js';
import { emptyGraph } from '../support/graph.js';
import { importCommand, within, type ChildRun } from '../support/processes.js';

/**
 * A generated import killed part-way, once by killing its Neo4j and once by killing the import
 * process itself, then run again to the end: the graph must be the one a clean import of the same
 * files makes (same nodes and relationships by kind, the same customers made of the same customer
 * records, the same merges and journey steps) and the rejects the same records for the same
 * reasons. On a Neo4j of its own, so the kill touches no other test.
 * Events are not compared customer by customer: an event naming an address two customers share
 * joins one of them by a tie-break on customer ids, which are random today.
 */
const options: EmbeddedOptions = {
  home: process.env.NEO4J_FAULT_TEST_HOME ?? join(projectRoot, '.neo4j', 'fault-test'),
  boltPort: Number(process.env.NEO4J_FAULT_TEST_BOLT_PORT ?? 7686),
  heap: '512m',
  pageCache: '64m',
};
const dir = mkdtempSync(join(tmpdir(), 'killed-import-'));
const files = () => sourceFilesIn(dir);
const records = () => readFileSync(join(dir, 'truth.ndjson'), 'utf8').trim().split('\n').length;

/** What two imports of the same files must agree on. */
async function shapeOf(graph: Graph, rejectsFile: string) {
  const [labels, relationships, customerRows] = await Promise.all([
    graph.read(cypher.get('test-support/label-counts')),
    graph.read(cypher.get('test-support/relationship-counts')),
    graph.read(cypher.get('test-support/customer-records')),
  ]);
  const made = customerRows![0]!;
  const rejects = readFileSync(rejectsFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { file: string; line: number; reasons: string[] });
  // The attribute history records the order values arrived in, not the end state: a merge a
  // restart moves before or after a batch tells one change more or less. It is left out.
  const history = (row: { label?: unknown; type?: unknown }) => row.label === 'AttributeChange' || row.type === 'CHANGED';
  return {
    labels: labels!.filter((row) => !history(row)),
    relationships: relationships!.filter((row) => !history(row)),
    customers: (made.customers as string[][]).map((keys) => keys.join(' ')).sort(),
    merges: made.merges,
    journeySteps: made.journeySteps,
    rejects: rejects.map((reject) => `${reject.file}:${reject.line} ${reject.reasons.join('; ')}`).sort(),
  };
}

describe('an import killed part-way and run again', () => {
  let neo4j: EmbeddedConnection;
  let graph: Graph;
  let clean: Awaited<ReturnType<typeof shapeOf>>;
  const running: ChildRun[] = [];
  const start = (rejectsFile: string) => {
    const run = importCommand(neo4j, ['--batch-size', '50', '--rejects', rejectsFile, ...files()]);
    running.push(run);
    return run;
  };
  const storedRecords = async () =>
    Number((await graph.read(cypher.get('test-support/label-counts'))).find((row) => row.label === 'SourceRecord')?.count ?? 0);
  /** Waits (bounded) until the import has written a third of the records but not all of them. */
  const partWay = async (run: ChildRun) => {
    const third = Math.round(records() / 3);
    expect(await within(300_000, storedRecords, (stored) => stored >= third || run.exited)).toBeGreaterThanOrEqual(third);
    expect(run.exited, 'the import ended before it could be killed part-way').toBe(false);
  };
  const importToTheEnd = async (name: string) => {
    const rejectsFile = join(dir, `${name}.ndjson`);
    const { code, output } = await start(rejectsFile).exit;
    expect(code, output).toBe(0);
    return rejectsFile;
  };
  const reset = async () => {
    await emptyGraph(graph);
    expect(await storedRecords()).toBe(0);
  };

  beforeAll(async () => {
    generate({ seed: 29, customers: 30, out: dir });
    neo4j = await startEmbedded(options);
    graph = new Graph({ ...neo4j, database: 'neo4j', txTimeoutMs: 60_000, maxPoolSize: 4 });
    await reset();
    clean = await shapeOf(graph, await importToTheEnd('clean'));
  }, 600_000);
  afterAll(async () => {
    for (const run of running) run.kill();
    await Promise.all(running.map((run) => run.exit));
    await graph?.close();
    await stopEmbedded(options.home);
  });

  it('comes out as a clean import when its Neo4j was killed', async () => {
    await reset();
    const first = start(join(dir, 'first-neo4j.ndjson'));
    await partWay(first);
    process.kill(embeddedStatus(options.home).pid!, 'SIGKILL');
    expect((await first.exit).code).not.toBe(0);
    neo4j = await startEmbedded(options);
    expect(await storedRecords()).toBeLessThan(records());
    expect(await shapeOf(graph, await importToTheEnd('again-neo4j'))).toEqual(clean);
  }, 600_000);

  it('comes out as a clean import when the import process was killed', async () => {
    await reset();
    const first = start(join(dir, 'first-process.ndjson'));
    await partWay(first);
    first.kill();
    expect((await first.exit).signal).toBe('SIGKILL');
    expect(await storedRecords()).toBeLessThan(records());
    expect(await shapeOf(graph, await importToTheEnd('again-process'))).toEqual(clean);
  }, 600_000);
});
