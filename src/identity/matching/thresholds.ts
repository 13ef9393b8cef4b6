/**
 * Scores (match probabilities) at which a pair is merged without a person, or shown to one.
 *
 * autoMerge 0.99 is odds of 99:1, about 6.6 bits over the 1:100 prior, chosen by the precision
 * it measures on the training sets (`npx tsx src/identity/matching/threshold-cli.ts`: febrl-dataset2
 * and the households set of the training seed): the lowest threshold at which febrl-dataset2's
 * precision is 1 and the households' at least 0.995 (0.9957 from 0.75 to 0.9999; 0.9991 only from
 * 0.99999, which loses 9 points of F1 on splink-fake-1000). Below it the household rules' review
 * limit would be a merge. A wrong merge mixes two people's data; a missed one only waits for
 * review, so the doubt goes to review.
 * review 0.5: more likely one person than not; below it a reviewer would mostly see strangers.
 */
export const thresholds = { autoMerge: 0.99, review: 0.5 } as const;

export type Thresholds = { autoMerge: number; review: number };
export type Decision = 'merge' | 'review' | 'distinct';

/** `chosen`: other thresholds, only for measuring them (threshold-cli.ts). */
export function decide(score: number, chosen: Thresholds = thresholds): Decision {
  if (score >= chosen.autoMerge) return 'merge';
  if (score >= chosen.review) return 'review';
  return 'distinct';
}
