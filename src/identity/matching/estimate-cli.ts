/**
 * Measures the m and u probabilities of every field level on one benchmark data set with its
 * ground truth, for setting `weights.ts` once:
 *   npx tsx src/identity/matching/estimate-cli.ts febrl-dataset2
 */
import { benchmarks } from './benchmark-data.js';
import { estimateProbabilities } from './estimate-probabilities.js';

const name = process.argv[2] ?? 'febrl-dataset2';
const chosen = benchmarks().find((benchmark) => benchmark.name === name);
if (!chosen) throw new Error(`no data set '${name}': one of ${benchmarks().map((benchmark) => benchmark.name).join(', ')}`);

console.table(estimateProbabilities(chosen.people, chosen.truth).map(({ field, level, m, u }) => ({
  field,
  level,
  m: Number(m.toPrecision(2)),
  u: Number(u.toPrecision(2)),
  'weight (bits)': Number(Math.log2(m / u).toFixed(1)),
})));
