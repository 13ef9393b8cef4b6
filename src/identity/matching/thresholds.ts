/**
 * Scores (match probabilities) at which a pair is merged without a person, or shown to one.
 *
 * autoMerge 0.999 is odds of 999:1, about 10 bits over the 1:100 prior. On all five benchmark
 * data sets precision is 1 from about 6 bits up and recall starts to fall beyond about 14, so 10
 * is the middle of that plateau, 3 bits (8 times the odds) above the strongest pair of strangers
 * seen (0.991: two Jasmine Clarkes of Noble Park in febrl-dataset4). A wrong merge mixes two
 * people's data; a missed one only waits for review, so the doubt goes to review.
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
