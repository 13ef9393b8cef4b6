/**
 * Runs identity resolution on the public benchmark data sets and prints its pairwise quality:
 *   npx tsx src/identity/matching/quality-cli.ts
 * Weights and thresholds are the same for every data set, so a difference between them shows
 * how far the settings carry beyond the data they were looked at with.
 */
import { performance } from 'node:perf_hooks';
import { benchmarks } from './benchmark-data.js';
import { pairwiseQuality } from './pairwise-quality.js';
import { resolvePeople } from './resolution.js';
import { thresholds } from './thresholds.js';

const rows = benchmarks().map(({ name, people, truth }) => {
  const started = performance.now();
  const resolution = resolvePeople(people);
  const milliseconds = performance.now() - started;
  const quality = pairwiseQuality(resolution.clusters, truth);
  return {
    'data set': name,
    records: people.length,
    'pairs compared': resolution.compared,
    'auto-merges': resolution.merges.length,
    'review pairs': resolution.reviews.length,
    'skipped blocks': resolution.oversizedBlocks.length,
    precision: quality.precision.toFixed(4),
    recall: quality.recall.toFixed(4),
    F1: quality.f1.toFixed(4),
    'time (ms)': Math.round(milliseconds),
  };
});

console.log(`thresholds: auto-merge at ${thresholds.autoMerge}, review from ${thresholds.review}`);
console.table(rows);
