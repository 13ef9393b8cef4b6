import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { cypher } from '../src/graph/cypher-library.js';
import { benchGraph, rawReader } from './api/graph.js';
import { measure, median, type Figures } from './api/measure.js';
import { scenarios } from './api/scenarios.js';
import { benchService } from './api/service.js';

/**
 * `npm run bench:api -- [--customers 100000] [--runs 3] [--calls 50]`: each API question over
 * HTTP beside the best hand-written Cypher giving the same answer through the raw driver, on
 * the generated graph (imported once, then reused). Sides alternate within a run; p50, p95
 * and throughput are printed per run, then the medians of the ratios.
 */
const { values: flags } = parseArgs({
  options: {
    customers: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    calls: { type: 'string', default: '50' },
  },
});

const connection = await benchGraph(Number(flags.customers));
const ours = await benchService(connection);
const { url, service } = ours;
const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));

const { ids } = (await service.graph.read(cypher.get('bench/sample-customers'), { limit: 200 }))[0] as { ids: string[] };
const api = async (query: string, variables: Record<string, unknown>) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: ours.authorization },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
  return body;
};
const raw = rawReader(driver);

const ratios = new Map<string, number[]>();
const show = (figures: Figures) => `${figures.p50.toFixed(1)} | ${figures.p95.toFixed(1)} | ${figures.perSecond.toFixed(1)}`;
console.log('| run | question | API p50 (ms) | API p95 (ms) | API per s | raw p50 (ms) | raw p95 (ms) | raw per s | API / raw (p50) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (let run = 1; run <= Number(flags.runs); run += 1) {
  for (const scenario of scenarios(ids)) {
    const calls = scenario.calls ?? Number(flags.calls);
    const ours = await measure(calls, (index) => api(scenario.query, scenario.variables(index)));
    const ceiling = await measure(calls, (index) => raw(scenario.raw.text, (scenario.params ?? scenario.variables)(index)));
    const ratio = ours.p50 / ceiling.p50;
    ratios.set(scenario.name, [...(ratios.get(scenario.name) ?? []), ratio]);
    console.log(`| ${run} | ${scenario.name} | ${show(ours)} | ${show(ceiling)} | ${ratio.toFixed(2)} |`);
  }
}
console.log('\nmedian API / raw (p50):', [...ratios].map(([name, values]) => `${name} ${median(values).toFixed(2)}`).join(', '));
await driver.close();
await ours.stop();
