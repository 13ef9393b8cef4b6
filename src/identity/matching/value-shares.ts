import type { PersonFeatures } from './person-features.js';
import { letters } from './similarity.js';

const counted = ['givenName', 'familyName', 'birthDate', 'city', 'postcode'] as const;
export type CountedField = (typeof counted)[number];

/** Share (0..1) of the customers having a field that have this value in it; 0 when too rare to tell. */
export type ValueShare = (field: CountedField, value: string) => number;

/**
 * A value seen for fewer customers than this gets no share of its own: the count is too small to
 * measure (in a sample of 250 people every birth date looks 1-in-250 common) and the weight
 * table's average applies. Only values common enough to count, like 'London', are weakened.
 */
export const minimumCustomers = 10;

/** Normalised as the comparators compare, so 'Smith' and 'SMITH' count as one value. */
const normalise = (field: CountedField, value: string) => (field === 'birthDate' || field === 'postcode' ? value : letters(value));

/**
 * How common each value is among the people being matched (term frequencies). Agreeing on
 * 'London' or 'Smith' is weaker evidence than agreeing on 'Zilm': see `evidence` in weights.ts.
 * Values are counted once per customer (`customerOf`: records already known to be one person,
 * e.g. joined on a strong identifier), or else a person with ten records would make their own
 * name look common.
 */
export function valueShares(people: PersonFeatures[], customerOf: (key: string) => string = (key) => key): ValueShare {
  const customers = new Map<string, Set<string>>();
  const totals = new Map<CountedField, Set<string>>();
  for (const person of people) {
    const customer = customerOf(person.key);
    for (const field of counted) {
      const value = person[field];
      if (!value) continue;
      const id = `${field}:${normalise(field, value)}`;
      customers.set(id, (customers.get(id) ?? new Set()).add(customer));
      totals.set(field, (totals.get(field) ?? new Set()).add(customer));
    }
  }
  return (field, value) => {
    const seen = customers.get(`${field}:${normalise(field, value)}`)?.size ?? 0;
    return seen < minimumCustomers ? 0 : seen / totals.get(field)!.size;
  };
}

/** The share of the more common of two values: what an agreement between them is worth at most. */
export function commonerShare(shares: ValueShare | undefined, field: CountedField, a: string, b: string, bField = field): number {
  return shares ? Math.max(shares(field, a), shares(bField, b)) : 0;
}
