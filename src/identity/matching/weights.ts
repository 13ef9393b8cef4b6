/**
 * Fellegi-Sunter weights. For each field and level of agreement: m, the share of pairs of one
 * person's records that show it, and u, the share of pairs of different people's records that
 * show it. A level's weight is log2(m / u) bits: positive is evidence for one person, negative
 * against; a missing value is no level at all.
 *
 * Set once and held fixed for every data set, measured with ground truth on the training sets
 * only (`npx tsx src/identity/matching/estimate-cli.ts`), rounded: febrl-dataset2, and for what
 * FEBRL has no people for (marked "Households:") the generated set with households drawn with
 * the training seed (`householdSeeds.training`), never the measured draw. The measured sets'
 * truth went into none of them. Levels neither exercises are set by reasoning, marked "Set:".
 * The level boundaries (Jaro-Winkler 0.92 and 0.85, letter-pair similarity 0.8 and 0.6) were
 * chosen by hand, not fitted.
 *
 * Households: a street shared by people who live together (u 0.00045, 10.8 bits, where FEBRL,
 * whose people never share a home, gave 17.5); nicknames and initials; day and month swapped;
 * e-mail addresses and phones, which households share. Otherwise FEBRL's figures stay, its
 * disagreement levels above all: the generator's duplicates differ in one way each, so they
 * almost never disagree elsewhere.
 */
const probabilities = {
  // Households: variant and initial.
  givenName: {
    same: [0.7, 0.0042],
    variant: [0.047, 0.0002],
    close: [0.12, 0.0011],
    similar: [0.027, 0.0027],
    initial: [0.18, 0.0094],
    different: [0.12, 0.95],
  },
  familyName: { same: [0.63, 0.0042], close: [0.22, 0.00069], similar: [0.037, 0.0012], different: [0.092, 0.97] },
  // Set: about 1 pair in 10 of one person's records has the names swapped; for strangers the
  // order means nothing (u = 1). Charged when the names are read crossed (-3.3 bits).
  nameOrder: { swapped: [0.1, 1] },
  // Households: transposed (FEBRL never swaps day and month; sources mixing date formats do).
  birthDate: {
    same: [0.86, 0.000038],
    transposed: [0.06, 0.000015],
    oneDigit: [0.011, 0.001],
    withinAYear: [0.0028, 0.019],
    different: [0.061, 0.93],
  },
  // Households: same.
  street: { same: [0.83, 0.00045], close: [0.46, 0.000018], similar: [0.14, 0.00032], different: [0.086, 1] },
  city: { same: [0.68, 0.0012], close: [0.22, 0.00033], different: [0.078, 0.98] },
  postcode: { same: [0.76, 0.00096], oneDigit: [0.2, 0.013], different: [0.04, 0.99] },
  region: { same: [0.94, 0.22], different: [0.046, 0.76] },
  nationalId: { same: [0.87, 0.0000017], oneCharacter: [0.074, 0.0000017], twoCharacters: [0.0013, 0.00022], different: [0.053, 1] },
  // Households: same and different; Set: close and oneDigit, which neither set shows.
  email: { same: [0.17, 0.000018], close: [0.15, 0.0001], different: [0.075, 0.28] },
  phone: { same: [0.089, 0.000012], oneDigit: [0.05, 0.0001], different: [0.07, 0.2] },
} as const satisfies Record<string, Record<string, readonly [m: number, u: number]>>;

export type Field = keyof typeof probabilities;
export type Level<F extends Field> = keyof (typeof probabilities)[F] & string;

/**
 * Bits per field and level. Levels are listed best agreement first, and a level never weighs more
 * than the one before it: in FEBRL a typo'd name is rarer among strangers than a common name
 * spelt right, but a reviewer, and any other population, would not call the typo stronger.
 */
const bits = new Map<string, number>();
for (const [field, levels] of Object.entries(probabilities)) {
  let ceiling = Infinity;
  for (const [level, [m, u]] of Object.entries(levels)) {
    ceiling = Math.min(ceiling, Math.log2(m / u));
    bits.set(`${field}.${level}`, ceiling);
  }
}

/** One piece of evidence about a pair: how a field compares, its weight in bits, and why in words. */
export interface Evidence {
  field: Field;
  level: string;
  weight: number;
  reason: string;
}

/**
 * The evidence of a field at a level. `share` is how common the agreeing value is (the larger of
 * the two values' shares): agreeing on a value that 1 record in `1 / share` has is worth at most
 * log2(m / share) bits, as u for that value is its share (term-frequency adjustment). The table's
 * u is an average over FEBRL's evenly spread values; a city such as London is far from average.
 */
export function evidence<F extends Field>(field: F, level: Level<F>, reason: string, share = 0): Evidence {
  const weight = bits.get(`${field}.${level}`)!;
  if (weight <= 0 || share <= 0) return { field, level, weight, reason };
  const [m] = (probabilities[field] as Record<string, readonly [number, number]>).same!;
  const common = Math.log2(m / share);
  if (common >= weight) return { field, level, weight, reason };
  return { field, level, weight: common, reason: `${reason} (common: ${(share * 100).toPrecision(2)}% of customers)` };
}
