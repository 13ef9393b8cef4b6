/**
 * Measures the m and u probabilities of every field level on one training set with its ground
 * truth, for setting `weights.ts` once:
 *   npx tsx src/identity/matching/estimate-cli.ts [febrl-dataset2|households-training]
 */
import { trainingSets } from './benchmark-data.js';
import { estimateProbabilities } from './estimate-probabilities.js';

const name = process.argv[2];
const chosen = trainingSets().filter((set) => !name || set.name === name);
if (!chosen.length)
  throw new Error(
    `no training set '${name}': one of ${trainingSets()
      .map((set) => set.name)
      .join(', ')}`,
  );

for (const { name: set, people, truth } of chosen) {
  console.log(set);
  console.table(
    estimateProbabilities(people, truth).map(({ field, level, m, u }) => ({
      field,
      level,
      m: Number(m.toPrecision(2)),
      u: Number(u.toPrecision(2)),
      'weight (bits)': Number(Math.log2(m / u).toFixed(1)),
    })),
  );
}
