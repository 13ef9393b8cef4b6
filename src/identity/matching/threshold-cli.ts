/**
 * The automatic-merge threshold against the precision it measures, on the training sets only
 * (febrl-dataset2 and the set with households drawn with the training seed):
 *   npx tsx src/identity/matching/threshold-cli.ts
 * Prints precision and recall of automatic merges at each candidate threshold.
 */
import { trainingSets } from './benchmark-data.js';
import { pairwiseQuality } from './pairwise-quality.js';
import { resolvePeople } from './resolution.js';
import { limits } from './household-rules.js';
import { thresholds } from './thresholds.js';

/** Odds of 1:1 up to 10^6:1 over the 1:100 prior; all above the household rules' review limit. */
const candidates = [0.75, 0.9, 0.99, 0.995, 0.999, 0.9999, 0.99999, 0.999999].filter((score) => score > limits.reviewAtMost);

const sets = trainingSets();
const rows = candidates.map((autoMerge) => {
  const row: Record<string, string | number> = {
    'auto-merge at': autoMerge,
    bits: Number(Math.log2(autoMerge / (1 - autoMerge)).toFixed(1)),
  };
  for (const { name, people, truth } of sets) {
    const quality = pairwiseQuality(resolvePeople(people, { ...thresholds, autoMerge }).clusters, truth);
    row[`${name} P`] = quality.precision.toFixed(4);
    row[`${name} R`] = quality.recall.toFixed(4);
  }
  return row;
});
console.table(rows);
