/** Scores (match probabilities) at which a pair is merged without a person, or shown to one. */
export const thresholds = { autoMerge: 0.999, review: 0.5 } as const;

export type Decision = 'merge' | 'review' | 'distinct';

export function decide(score: number): Decision {
  if (score >= thresholds.autoMerge) return 'merge';
  if (score >= thresholds.review) return 'review';
  return 'distinct';
}
