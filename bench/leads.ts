import { parseArgs } from 'node:util';
import { createSegment, refreshSegment, segmentNamed } from '../src/segments/segments.js';
import { Graph } from '../src/graph/graph.js';
import { leadIds } from '../src/leads/leads.js';
import { loadLeadRules } from '../src/leads/rules.js';
import { cypher } from '../src/graph/cypher-library.js';
import { benchGraph } from './api/graph.js';
import { median } from './api/measure.js';

/**
 * `npm run bench:leads -- [--customers 100000] [--runs 3]`: on the generated graph of bench:api,
 * the time to qualify every person for one topic (as of the data's latest event), and the time to refresh a dynamic segment
 * (created once, then refreshed over everyone), median of runs.
 */
const { values: flags } = parseArgs({
  options: {
    customers: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    topic: { type: 'string', default: 'coffee' },
  },
});
const connection = await benchGraph(Number(flags.customers));
const graph = new Graph({ ...connection, database: 'neo4j', txTimeoutMs: 600_000, maxPoolSize: 4 });
const rules = loadLeadRules();
const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { seconds: (performance.now() - started) / 1000, result };
};

// Bought anything for the home and lives in Great Britain; created once, then refreshed.
const segment = 'bench-home-gb';
if (!(await segmentNamed(graph, segment))) {
  const created = await timed(() =>
    createSegment(graph, { name: segment, filter: { all: [{ purchased: { category: 'Home' } }, { profile: { country: 'GB' } }] } }),
  );
  console.log(`segment created with ${created.result.size} members in ${created.seconds.toFixed(2)} s`);
}

const asOf = new Date((await graph.read(cypher.get('bench/latest-event')))[0]!.at as string);
const leads: number[] = [];
const refreshes: number[] = [];
let qualified = 0;
for (let run = 1; run <= Number(flags.runs); run += 1) {
  const lead = await timed(() => leadIds(graph, rules, { topic: flags.topic }, null, asOf));
  qualified = lead.result.length;
  leads.push(lead.seconds);
  refreshes.push((await timed(() => refreshSegment(graph, segment))).seconds);
  console.log(
    `run ${run}: qualified ${qualified} people for "${flags.topic}" in ${lead.seconds.toFixed(2)} s; refreshed the segment in ${refreshes.at(-1)!.toFixed(2)} s`,
  );
}
const customers = (await graph.read(cypher.get('bench/customer-count')))[0]!.count;
console.log(
  `\nmedian over ${customers} customers: qualify all for "${flags.topic}" ${median(leads).toFixed(2)} s (${qualified} leads), segment refresh ${median(refreshes).toFixed(2)} s`,
);
await graph.close();
