/**
 * Scores (match probabilities) at which a pair is merged without a person, or shown to one.
 *
 * autoMerge 0.999 is odds of 999:1, about 10 bits over the 1:100 prior, chosen by the precision
 * it measures on the training sets (`npx tsx src/identity/matching/threshold-cli.ts`:
 * febrl-dataset2 and the households set of the training seed). Both are flat from 6.6 bits (0.99)
 * to 13.3 bits (0.9999): febrl-dataset2 at precision 1, the households at 0.9957, above the
 * 0.995 asked for. 10 bits is the middle of that plateau: at its lower edge a pair of strangers
 * in febrl-dataset4 (two Jasmine Clarkes of Noble Park, 0.9988) would merge; above it the
 * training recall starts to fall. A wrong merge mixes two people's data; a missed one only waits
 * for review, so the doubt goes to review.
 * review 0.5: more likely one person than not; below it a reviewer would mostly see strangers.
 */
export const thresholds = { autoMerge: 0.999, review: 0.5 } as const;

export type Thresholds = { autoMerge: number; review: number };
export type Decision = 'merge' | 'review' | 'distinct';

/** `chosen`: other thresholds, only for measuring them (threshold-cli.ts). */
export function decide(score: number, chosen: Thresholds = thresholds): Decision {
  if (score >= chosen.autoMerge) return 'merge';
  if (score >= chosen.review) return 'review';
  return 'distinct';
}
