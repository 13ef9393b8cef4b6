import { type ChildProcess, fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { pluginsNamed } from '../src/embedded-neo4j/plugins.js';
import { cypher } from '../src/graph/cypher-library.js';
import { Graph } from '../src/graph/graph.js';
import { projectRoot } from '../src/project.js';
import { loadLeadRules } from '../src/leads/rules.js';
import { leadPageParams } from '../src/leads/selection/lead-page.js';
import { benchGraph, rawReader } from './api/graph.js';
import { median } from './api/measure.js';
import { leadTopics, shapes, type Shape, type Vars } from './peer/shapes.js';

/**
 * `npm run bench:peer -- [--customers 5000] [--runs 3] [--calls 30] [--bolt-port 7724] [--port 4120] [--peer-port 4121]`: the same questions through
 * our API, through @neo4j/graphql (the peer, needing APOC: the embedded Neo4j loads it), each
 * served from a process of its own, and as
 * hand-written Cypher through the raw driver, beside the HTTP floor (our Yoga answering
 * `{ __typename }`). The three answers are first checked equal; then every call index asks all
 * four sides, in an order that rotates, so load hits them alike. Per run: p50 and p95 per side,
 * ours / peer and ours / (raw + floor); then the medians of the runs, with the load average.
 */
const { values: flags } = parseArgs({
  options: {
    customers: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    calls: { type: 'string', default: '30' },
    'bolt-port': { type: 'string', default: '7724' },
    port: { type: 'string', default: '4120' },
    'peer-port': { type: 'string', default: '4121' },
  },
});
// Ports as flags, so two people benchmarking on one machine never share a database or a listener.
const ports = { bolt: Number(flags['bolt-port']), ours: Number(flags.port), peer: Number(flags['peer-port']) };

const connection = await benchGraph(Number(flags.customers), { home: 'bench-peer', boltPort: ports.bolt, plugins: pluginsNamed('apoc') });
const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
const graph = new Graph({ ...connection, database: 'neo4j', txTimeoutMs: 600_000, maxPoolSize: 2 });

const { ids } = (await graph.read(cypher.get('bench/sample-customers'), { limit: 200 }))[0] as { ids: string[] };
// A page of 20 leads per topic, with the rules the service reads; the same instant for the raw side and the peer.
const leadParams = new Map<string, Vars>();
for (const topic of leadTopics)
  leadParams.set(
    topic,
    await leadPageParams(
      graph,
      loadLeadRules(),
      { topic },
      { recommendation: null, after: null, limit: 20, now: new Date(), reasons: false },
    ),
  );
await graph.close();

/** Each server in its own process (bench/peer/serve.ts); resolves with what it says once it listens. */
function serve(side: 'ours' | 'peer', port: number, env: Record<string, string> = {}) {
  const child = fork(join(projectRoot, 'bench', 'peer', 'serve.ts'), {
    execArgv: ['--max-old-space-size=4096', '--import', 'tsx'],
    env: {
      ...process.env,
      BENCH_PEER_SIDE: side,
      BENCH_PEER_PORT: String(port),
      BENCH_PEER_CONNECTION: JSON.stringify(connection),
      ...env,
    },
  });
  return new Promise<{ child: ChildProcess; authorization?: string }>((resolve, reject) => {
    child.once('message', (message) => resolve({ child, ...(message as { authorization?: string }) }));
    child.once('exit', (code) => reject(new Error(`the ${side} server stopped (exit ${code}) before it listened`)));
  });
}
const api = await serve('ours', ports.ours);
const peer = await serve('peer', ports.peer, { BENCH_PEER_LEADS: JSON.stringify(Object.fromEntries(leadParams)) });

const post = async (url: string, query: string, variables: Vars, authorization?: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors)}`);
  return body.data!;
};
const ours = (query: string, variables: Vars) => post(`http://127.0.0.1:${ports.ours}/graphql`, query, variables, api.authorization);
const thePeer = (query: string, variables: Vars) => post(`http://127.0.0.1:${ports.peer}/graphql`, query, variables);
const raw = rawReader(driver);
const floor = () => ours('{ __typename }', {});

type Side = 'ours' | 'peer' | 'raw' | 'floor';
const sides: Side[] = ['ours', 'peer', 'raw', 'floor'];
const ask = (shape: Shape, side: Side, index: number) => {
  const variables = shape.variables(index);
  if (side === 'ours') return ours(shape.ours, variables);
  if (side === 'peer') return thePeer(shape.peer, variables);
  if (side === 'raw') return raw(shape.raw.text, shape.rawParams?.(variables) ?? variables);
  return floor();
};

/** The same answer from all three, for the first calls of each shape; any difference stops the run. */
async function checkSameAnswers(shape: Shape) {
  for (let index = 0; index < 5; index += 1) {
    const variables = shape.variables(index);
    const answers = {
      ours: shape.fromOurs(await ours(shape.ours, variables)),
      peer: shape.fromPeer(await thePeer(shape.peer, variables)),
      raw: shape.fromRaw((await raw(shape.raw.text, shape.rawParams?.(variables) ?? variables)).records.map((record) => record.toObject())),
    };
    if (!isDeepStrictEqual(answers.ours, answers.peer) || !isDeepStrictEqual(answers.ours, answers.raw)) {
      console.error(
        `DIFFERENT ANSWERS for ${shape.name} with ${JSON.stringify(variables)}:\n${JSON.stringify(answers, null, 1).slice(0, 6000)}`,
      );
      process.exitCode = 1;
      throw new Error(`${shape.name}: ours, the peer and the raw Cypher disagree`);
    }
    if (index === 0 && JSON.stringify(answers.ours).length < 3)
      throw new Error(`${shape.name}: an empty answer proves nothing; pick other variables`);
  }
}

/** `calls` rounds; each asks the four sides once, starting from a different side each round. */
async function timeShape(shape: Shape, calls: number) {
  const durations = Object.fromEntries(sides.map((side) => [side, [] as number[]])) as Record<Side, number[]>;
  for (let index = -3; index < calls; index += 1) {
    for (let turn = 0; turn < sides.length; turn += 1) {
      const side = sides[(Math.max(index, 0) + turn) % sides.length]!;
      const at = performance.now();
      await ask(shape, side, Math.max(index, 0));
      if (index >= 0) durations[side].push(performance.now() - at); // the first three rounds warm plans and caches
    }
  }
  const percentile = (values: number[], share: number) =>
    [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]!;
  return Object.fromEntries(
    sides.map((side) => [side, { p50: percentile(durations[side], 0.5), p95: percentile(durations[side], 0.95) }]),
  ) as Record<Side, { p50: number; p95: number }>;
}

try {
  const all = shapes(ids, leadParams);
  for (const shape of all) await checkSameAnswers(shape);
  console.log(`Same answers from ours, @neo4j/graphql and the raw Cypher for every shape (${all.length} shapes, 5 variable sets each).\n`);
  const ratios = new Map<string, { peer: number[]; floor: number[] }>();
  const ms = (value: number) => value.toFixed(1);
  console.log(
    '| run | shape | ours p50 / p95 (ms) | peer p50 / p95 | raw p50 / p95 | HTTP floor p50 | ours / peer (p50) | ours / (raw + floor) (p50) | load avg (1 min) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (let run = 1; run <= Number(flags.runs); run += 1) {
    for (const shape of all) {
      const t = await timeShape(shape, Number(flags.calls));
      const toPeer = t.ours.p50 / t.peer.p50;
      const toFloor = t.ours.p50 / (t.raw.p50 + t.floor.p50);
      ratios.set(shape.name, {
        peer: [...(ratios.get(shape.name)?.peer ?? []), toPeer],
        floor: [...(ratios.get(shape.name)?.floor ?? []), toFloor],
      });
      console.log(
        `| ${run} | ${shape.name} | ${ms(t.ours.p50)} / ${ms(t.ours.p95)} | ${ms(t.peer.p50)} / ${ms(t.peer.p95)} | ${ms(t.raw.p50)} / ${ms(t.raw.p95)} | ${ms(t.floor.p50)} | ${toPeer.toFixed(2)} | ${toFloor.toFixed(2)} | ${loadavg()[0]!.toFixed(2)} |`,
      );
    }
  }
  console.log('\n| shape | median ours / peer (p50) | median ours / (raw + floor) (p50) |\n| --- | --- | --- |');
  for (const [name, { peer: toPeer, floor: toFloor }] of ratios)
    console.log(`| ${name} | ${median(toPeer).toFixed(2)} | ${median(toFloor).toFixed(2)} |`);
  console.log(
    `\nload average (1, 5, 15 min) at the end: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(', ')}`,
  );
} finally {
  api.child.disconnect();
  peer.child.disconnect();
  await driver.close();
}
