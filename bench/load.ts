import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { stopEmbedded } from '../src/embedded-neo4j/instance.js';
import { cypher } from '../src/graph/cypher-library.js';
import { Graph } from '../src/graph/graph.js';
import { projectRoot } from '../src/project.js';
import { productionCredentials } from '../test/support/jwks.js';
import { benchGraph } from './api/graph.js';
import { collectGarbage } from './load/garbage.js';
import { loadMix, rotation } from './load/mix.js';

/**
 * `npm run bench:load -- [--customers 1000] [--steps 1,4,16,64] [--step-seconds 30] [--soak-seconds 300]
 *   [--port 4130] [--bolt-port 7696] [--timeout 30] [--inspector-port 9239]`: the service started as `npm start` would be (production
 * mode, its own process) on the generated graph, driven by autocannon over localhost with the mix
 * of bench/load/mix.ts: a step of each concurrency, then a soak at the one whose throughput
 * peaked. Prints one row per step (throughput, p50/p95/p99, errors, the service's memory before
 * and after, each read after a full garbage collection asked through the service's inspector on
 * localhost) and the load average; stops the service and its Neo4j when done.
 */
const { values: flags } = parseArgs({
  options: {
    customers: { type: 'string', default: '1000' },
    steps: { type: 'string', default: '1,4,16,64' },
    'step-seconds': { type: 'string', default: '30' },
    'soak-seconds': { type: 'string', default: '300' },
    port: { type: 'string', default: '4130' },
    'bolt-port': { type: 'string', default: '7696' },
    timeout: { type: 'string', default: '30' },
    'inspector-port': { type: 'string', default: '9239' },
  },
});
const url = `http://127.0.0.1:${flags.port}`;

const neo4j = await benchGraph(Number(flags.customers), {
  home: 'bench-load',
  boltPort: Number(flags['bolt-port']),
  heap: '1g',
  pageCache: '512m',
});
const graph = new Graph({ ...neo4j, database: 'neo4j', txTimeoutMs: 60_000, maxPoolSize: 2 });
const [{ ids }] = (await graph.read(cypher.get('bench/sample-customers'), { limit: 200 })) as [{ ids: string[] }];
const [{ emails }] = (await graph.read(cypher.get('bench/sample-emails'), { limit: 200 })) as [{ emails: string[] }];
await graph.close();

const credentials = await productionCredentials();
// The inspector (localhost only) lets each memory reading follow a full garbage collection.
const inspectorPort = Number(flags['inspector-port']);
const service = spawn(process.execPath, [`--inspect=127.0.0.1:${inspectorPort}`, '--import', 'tsx', 'src/main.ts'], {
  cwd: projectRoot,
  env: {
    ...process.env,
    ...credentials.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    DEMO_DATA: 'false',
    HOST: '127.0.0.1',
    PORT: flags.port,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
  },
  // The inspector announces itself on stderr; everything else the service says there is passed on.
  stdio: ['ignore', 'ignore', 'pipe'],
});
service.stderr!.on('data', (chunk: Buffer) => {
  const text = chunk
    .toString()
    .replace(/^(Debugger listening on|Debugger ending on|For help, see|Debugger attached|Waiting for the debugger).*\n?/gm, '');
  if (text) process.stderr.write(text);
});
const stopped = new Promise((resolve) => service.once('exit', resolve));

try {
  await untilReady();
  const requests = rotation(loadMix(ids, emails, Date.now().toString(36)));
  console.log(
    `load average at start: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    '| connections | seconds | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | requests | errors | RSS before → after (MB) | heap used before → after (MB) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  await drive(4, 10, 'warm-up');
  let peak = { connections: 0, perSecond: 0 };
  for (const connections of flags.steps.split(',').map(Number)) {
    const step = await drive(connections, Number(flags['step-seconds']));
    if (step.perSecond > peak.perSecond) peak = { connections, perSecond: step.perSecond };
  }
  // The soak in one-minute parts, each with its reading, so growth shows as a trend, not two points.
  const soakParts = Math.max(1, Math.round(Number(flags['soak-seconds']) / 60));
  for (let part = 1; part <= soakParts; part += 1)
    await drive(peak.connections, Number(flags['soak-seconds']) / soakParts, `soak ${part}/${soakParts}`);
  await new Promise((resolve) => setTimeout(resolve, 60_000));
  const idle = await memory();
  console.log(`after an idle minute: RSS ${mb(idle.rss)} MB, heap used ${mb(idle.heap)} MB`);
  console.log(
    `load average at end: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );

  /** One fixed-time run at this concurrency; GraphQL errors in a 200 count as errors too. */
  async function drive(connections: number, seconds: number, label = '') {
    const before = await memory();
    const latencies: number[] = [];
    let sent = 0;
    let graphqlErrors = 0;
    const seen = new Set<string>();
    const options: autocannon.Options = {
      url: `${url}/graphql`,
      connections,
      duration: seconds,
      // A request unanswered after this many seconds counts as an error (autocannon's own default is 10).
      timeout: Number(flags.timeout),
      headers: { 'content-type': 'application/json', authorization: credentials.authorization },
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => ({ ...request, body: requests[sent % requests.length]!.body(sent++) }),
          onResponse: (status, body) => {
            if (status === 200 && !body.includes('"errors"')) return;
            if (status === 200) graphqlErrors += 1;
            // What went wrong is told, once per kind, on stderr.
            const kind = `${status} ${body.slice(0, 300)}`;
            if (!seen.has(kind)) console.error(`error (${connections} connections): ${kind}`);
            seen.add(kind);
          },
        },
      ],
    };
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
      instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
    });
    const after = await memory();
    const errors = result.errors + result.non2xx + graphqlErrors;
    if (errors)
      console.error(
        `errors (${connections} connections): ${result.errors} connection (${result.timeouts} timeouts), ${result.non2xx} non-2xx, ${graphqlErrors} GraphQL`,
      );
    const perSecond = result.requests.total / seconds;
    const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => percentile(latencies, q));
    console.log(
      `| ${connections}${label ? ` (${label})` : ''} | ${seconds} | ${perSecond.toFixed(1)} | ${p50} | ${p95} | ${p99} | ${result.requests.total} | ${errors} | ${mb(before.rss)} → ${mb(after.rss)} | ${mb(before.heap)} → ${mb(after.heap)} |`,
    );
    return { perSecond };
  }
} finally {
  service.kill('SIGTERM');
  await stopped;
  credentials.close();
  if (neo4j.started) await stopEmbedded(`${projectRoot}/.neo4j/bench-load`);
}

async function untilReady(): Promise<void> {
  for (const until = Date.now() + 120_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 500))) {
    if (service.exitCode !== null) throw new Error(`the service exited with code ${service.exitCode}`);
    if (
      (await fetch(`${url}/readyz`).then(
        (res) => res.status,
        () => 0,
      )) === 200
    )
      return;
  }
  throw new Error('the service was not ready within 120 s');
}

/** The service's own figures, from its /metrics, right after a full garbage collection. */
async function memory(): Promise<{ rss: number; heap: number }> {
  await collectGarbage(inspectorPort);
  const text = await (await fetch(`${url}/metrics`, { headers: { authorization: credentials.authorization } })).text();
  const figure = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
  return { rss: figure('process_resident_memory_bytes'), heap: figure('nodejs_heap_size_used_bytes') };
}

function mb(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(0);
}

function percentile(values: number[], q: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN).toFixed(0);
}
