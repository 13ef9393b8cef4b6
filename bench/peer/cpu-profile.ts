import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { pluginsNamed } from '../../src/embedded-neo4j/plugins.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { benchGraph } from '../api/graph.js';
import { benchService } from '../api/service.js';
import { shapes } from './shapes.js';

/**
 * `npx tsx bench/peer/cpu-profile.ts [--shape journey] [--calls 300] [--out x.cpuprofile]`: our
 * side of bench:peer alone, one shape asked over HTTP again and again in this process, profiled
 * (V8's CPU profiler, only while the timed calls run) so the profile shows where a request's time
 * goes outside the database; open it in Chrome's DevTools (the graph of bench:peer, built by it first).
 */
const { values: flags } = parseArgs({
  options: {
    shape: { type: 'string', default: 'customer 360' },
    calls: { type: 'string', default: '300' },
    'bolt-port': { type: 'string', default: '7724' },
    port: { type: 'string', default: '4120' },
    out: { type: 'string', default: 'bench-peer.cpuprofile' },
  },
});
const connection = await benchGraph(5000, { home: 'bench-peer', boltPort: Number(flags['bolt-port']), plugins: pluginsNamed('apoc') });
const api = await benchService(connection, Number(flags.port));
try {
  const { ids } = (await api.service.graph.read(cypher.get('bench/sample-customers'), { limit: 200 }))[0] as { ids: string[] };
  const shape = shapes(ids, new Map([['coffee', {}]])).find((candidate) => candidate.name.startsWith(flags.shape))!;
  const ask = async (index: number) => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: api.authorization },
      body: JSON.stringify({ query: shape.ours, variables: shape.variables(index) }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  for (let index = 0; index < 20; index += 1) await ask(index);
  const profiler = new Session();
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
  const started = performance.now();
  const calls = Number(flags.calls);
  for (let index = 0; index < calls; index += 1) await ask(index);
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(flags.out, JSON.stringify(profile));
  console.log(`${shape.name}: ${calls} calls, ${((performance.now() - started) / calls).toFixed(2)} ms per call`);
} finally {
  await api.stop();
}
