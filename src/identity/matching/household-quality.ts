import type { DuplicateKind, LookAlike, LookAlikeKind, RecordTruth } from '../../generator/identity-set.js';
import { householdLimit } from './household-rules.js';
import type { PersonFeatures } from './person-features.js';
import { pairEvidence } from './score-pair.js';

/**
 * Quality by kind on the generated set with households: how many pairs of look-alikes (different
 * people) ended up in one customer, and for each kind of duplicate whether its record was merged
 * with the person's first record, kept for review with it, or missed; and how many of them the
 * household rules hold to review whatever their score (a move with no identifier in common).
 */
export interface KindOutcome {
  pairs: number;
  merged: number;
  review: number;
  missed: number;
  heldByRules: number;
}

export interface HouseholdQuality {
  lookAlikes: Map<LookAlikeKind, { pairs: number; merged: number }>;
  duplicates: Map<DuplicateKind, KindOutcome>;
}

/** Whether the household rules forbid merging two records automatically, whatever their score. */
export function heldByRules(a: PersonFeatures, b: PersonFeatures): boolean {
  return householdLimit(pairEvidence(a, b), a, b) !== undefined;
}

/**
 * `clusterOf`: the customer a record ended in; `inReview`: whether two customers are a review
 * pair; `recordOf`: what matching knows of a record.
 */
export function householdQuality(
  truth: RecordTruth[],
  lookAlikes: LookAlike[],
  clusterOf: (recId: string) => string | undefined,
  inReview: (a: string, b: string) => boolean,
  recordOf: (recId: string) => PersonFeatures,
): HouseholdQuality {
  const recordsOf = new Map<string, string[]>();
  for (const record of truth) recordsOf.set(record.person, [...(recordsOf.get(record.person) ?? []), record.recId]);
  const customersOf = (person: string) => new Set((recordsOf.get(person) ?? []).map(clusterOf).filter((id) => id !== undefined));

  const quality: HouseholdQuality = { lookAlikes: new Map(), duplicates: new Map() };
  for (const { a, b, kind } of lookAlikes) {
    const counts = quality.lookAlikes.get(kind) ?? { pairs: 0, merged: 0 };
    const ofA = customersOf(a);
    counts.pairs += 1;
    if ([...customersOf(b)].some((id) => ofA.has(id))) counts.merged += 1;
    quality.lookAlikes.set(kind, counts);
  }
  const firstOf = new Map(truth.filter((record) => !record.duplicate).map((record) => [record.person, record.recId]));
  for (const record of truth) {
    if (!record.duplicate) continue;
    const counts = quality.duplicates.get(record.duplicate) ?? { pairs: 0, merged: 0, review: 0, missed: 0, heldByRules: 0 };
    const [mine, first] = [clusterOf(record.recId), clusterOf(firstOf.get(record.person)!)];
    counts.pairs += 1;
    if (heldByRules(recordOf(record.recId), recordOf(firstOf.get(record.person)!))) counts.heldByRules += 1;
    if (mine !== undefined && mine === first) counts.merged += 1;
    else if (mine !== undefined && first !== undefined && inReview(mine, first)) counts.review += 1;
    else counts.missed += 1;
    quality.duplicates.set(record.duplicate, counts);
  }
  return quality;
}

/**
 * Recall over the duplicates (each person has at most two records, so one true pair each):
 * merged; merged or kept for review; and the best the household rules allow, every pair merged
 * but those they hold to review.
 */
export function duplicateRecall({ duplicates }: HouseholdQuality): { merged: number; mergedOrReview: number; allowedByRules: number } {
  const total = (key: keyof KindOutcome) => [...duplicates.values()].reduce((sum, counts) => sum + counts[key], 0);
  const pairs = total('pairs');
  return {
    merged: total('merged') / pairs,
    mergedOrReview: (total('merged') + total('review')) / pairs,
    allowedByRules: 1 - total('heldByRules') / pairs,
  };
}
