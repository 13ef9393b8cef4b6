import { compareAddress } from './compare-address.js';
import { compareBirthDates } from './compare-birth-dates.js';
import { compareIdentifiers } from './compare-identifiers.js';
import { compareNames } from './compare-names.js';
import type { PersonFeatures } from './person-features.js';
import type { Evidence } from './weights.js';

/**
 * Prior odds, in bits, that two records sharing a blocking key are one person, before looking at
 * them: about 1 in 100. The score is the posterior probability, so thresholds read as odds.
 */
export const priorBits = Math.log2(1 / 100);

export interface PairScore {
  /** Probability (0..1) that the two records are one person. */
  score: number;
  /** The evidence in words, strongest for first, strongest against last. */
  reasons: string[];
}

/** The evidence of every field both records have; a value missing on either side says nothing. */
export function pairEvidence(a: PersonFeatures, b: PersonFeatures): Evidence[] {
  const birthDate = compareBirthDates(a.birthDate, b.birthDate);
  return [...compareNames(a, b), ...(birthDate ? [birthDate] : []), ...compareAddress(a, b), ...compareIdentifiers(a, b)];
}

/** The weights add up (fields taken as independent) to the log-odds of one person. */
export function scorePair(a: PersonFeatures, b: PersonFeatures): PairScore {
  const found = pairEvidence(a, b).sort((x, y) => y.weight - x.weight);
  const bits = found.reduce((sum, item) => sum + item.weight, priorBits);
  return { score: 1 / (1 + 2 ** -bits), reasons: found.map((item) => item.reason) };
}
