import { compareAddress } from './compare-address.js';
import { compareBirthDates } from './compare-birth-dates.js';
import { compareIdentifiers } from './compare-identifiers.js';
import { compareNames } from './compare-names.js';
import type { PersonFeatures } from './person-features.js';
import { householdKey, householdLimit } from './household-rules.js';
import type { ValueShare } from './value-shares.js';
import type { Evidence } from './weights.js';

/**
 * Prior odds, in bits, that two records sharing a blocking key are one person, before looking at
 * them: about 1 in 100. The score is the posterior probability, so thresholds read as odds.
 */
export const priorBits = Math.log2(1 / 100);

export interface PairScore {
  /** Probability (0..1) that the two records are one person. */
  score: number;
  /** The evidence in words, strongest for first, strongest against last; then any limit applied. */
  reasons: string[];
}

/**
 * The evidence of every field both records have; a value missing on either side says nothing.
 * `shares` (how common each value is) weakens agreements on common values; without it, the
 * weights assume values as evenly spread as FEBRL's.
 */
export function pairEvidence(a: PersonFeatures, b: PersonFeatures, shares?: ValueShare): Evidence[] {
  const birthDate = compareBirthDates(a.birthDate, b.birthDate, shares);
  return [...compareNames(a, b, shares), ...(birthDate ? [birthDate] : []), ...compareAddress(a, b, shares), ...compareIdentifiers(a, b)];
}

/**
 * The weights add up (fields taken as independent) to the log-odds of one person; then the
 * household rules may hold the score down (household-rules.ts), saying why. `household`: the
 * e-mail addresses and phone numbers people who differ hold (`householdIdentifiersAmong`).
 */
export function scorePair(a: PersonFeatures, b: PersonFeatures, shares?: ValueShare, household?: Set<string>): PairScore {
  const found = pairEvidence(a, b, shares).sort((x, y) => y.weight - x.weight);
  const bits = found.reduce((sum, item) => sum + item.weight, priorBits);
  const score = 1 / (1 + 2 ** -bits);
  const reasons = found.map((item) => item.reason);
  const shared = (field: 'email' | 'phone') =>
    [a[field], b[field]].some((value) => value !== undefined && household?.has(householdKey(field, value)) === true);
  const limit = householdLimit(found, a, b, shared);
  if (!limit || score <= limit.score) return { score, reasons };
  return { score: limit.score, reasons: [...reasons, limit.reason] };
}
