import { parseArgs } from 'node:util';
import { loadBuyerClusterRules } from '../src/communities/buyer-cluster-rules.js';
import { buyerClusterPage, detectBuyerClusters } from '../src/communities/buyer-clusters.js';
import { cypher } from '../src/graph/cypher-library.js';
import { Graph } from '../src/graph/graph.js';
import { Metrics } from '../src/observability/metrics.js';
import { benchGraph } from './api/graph.js';
import { median } from './api/measure.js';

/**
 * `npm run bench:clusters -- [--customers 5000] [--runs 3] [--port 7714]`: the time detectBuyerClusters
 * takes over the generated graph of that many people (seed 42), median of runs. The graph is
 * imported once into its own embedded Neo4j (`.neo4j/bench-clusters`), apart from bench:api's.
 * Also prints where the time goes: the seconds each statement took over all timed runs.
 */
const { values: flags } = parseArgs({
  options: {
    customers: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '7714' },
  },
});
const connection = await benchGraph(Number(flags.customers), { home: 'bench-clusters', boltPort: Number(flags.port) });
const metrics = new Metrics();
const graph = new Graph({ ...connection, database: 'neo4j', txTimeoutMs: 600_000, maxPoolSize: 4 }, metrics);
const rules = loadBuyerClusterRules();

const seconds: number[] = [];
let found = await detectBuyerClusters(graph, rules);
metrics.querySeconds.reset();
for (let run = 1; run <= Number(flags.runs); run += 1) {
  const started = performance.now();
  found = await detectBuyerClusters(graph, rules);
  seconds.push((performance.now() - started) / 1000);
  console.log(
    `run ${run}: ${found.clusters} clusters of ${found.customers} customers (of ${found.buyers} buyers), ${found.links} links, ${found.rounds} rounds, ${found.ignoredProducts.length} products ignored, ${seconds.at(-1)!.toFixed(2)} s`,
  );
}
const customers = (await graph.read(cypher.get('bench/customer-count')))[0]!.count;
const largest = (await buyerClusterPage(graph, 5, null)).nodes.map(
  (cluster) => `${cluster.size} (${cluster.categories.map((c) => `${c.path.split(' > ').at(-1)} ${c.buyers}`).join(', ')})`,
);
console.log(
  `\nmedian over ${customers} customers: detectBuyerClusters ${median(seconds).toFixed(2)} s; largest clusters: ${largest.join('; ')}`,
);
const statements = (await metrics.querySeconds.get()).values.filter((value) => value.metricName?.endsWith('_sum'));
console.log(
  `seconds per statement over the timed runs: ${statements.map((value) => `${value.labels.statement} ${value.value.toFixed(1)}`).join(', ')}`,
);
await graph.close();
