/**
 * Fellegi-Sunter weights. For each field and level of agreement: m, the share of pairs of records
 * of one person that show it, and u, the share of pairs of different people that show it. A
 * level's weight is log2(m / u) bits: positive is evidence for one person, negative against.
 */
const probabilities = {
  givenName: { same: [0.9, 0.01], close: [0.05, 0.005], similar: [0.02, 0.02], different: [0.03, 0.96] },
  familyName: { same: [0.9, 0.002], close: [0.05, 0.002], similar: [0.02, 0.02], different: [0.03, 0.97] },
  nameOrder: { swapped: [0.05, 0.2] },
  birthDate: { same: [0.9, 0.0001], transposed: [0.01, 0.0001], oneDigit: [0.02, 0.001], withinAYear: [0.02, 0.02], different: [0.05, 0.98] },
  street: { same: [0.7, 0.0001], close: [0.15, 0.0005], similar: [0.08, 0.005], different: [0.07, 0.99] },
  city: { same: [0.75, 0.002], close: [0.1, 0.002], different: [0.15, 0.99] },
  postcode: { same: [0.8, 0.001], oneDigit: [0.05, 0.01], different: [0.15, 0.99] },
  region: { same: [0.95, 0.25], different: [0.05, 0.75] },
  nationalId: { same: [0.85, 0.000001], oneCharacter: [0.07, 0.00001], twoCharacters: [0.03, 0.0002], different: [0.05, 0.9998] },
  email: { same: [0.8, 0.00001], close: [0.1, 0.0001], different: [0.1, 0.9999] },
  phone: { same: [0.85, 0.00001], oneDigit: [0.05, 0.0001], different: [0.1, 0.9999] },
} as const satisfies Record<string, Record<string, readonly [m: number, u: number]>>;

export type Field = keyof typeof probabilities;
export type Level<F extends Field> = keyof (typeof probabilities)[F] & string;

/** One piece of evidence about a pair: how a field compares, its weight in bits, and why in words. */
export interface Evidence {
  field: Field;
  level: string;
  weight: number;
  reason: string;
}

export function evidence<F extends Field>(field: F, level: Level<F>, reason: string): Evidence {
  const [m, u] = (probabilities[field] as Record<string, readonly [number, number]>)[level]!;
  return { field, level, weight: Math.log2(m / u), reason };
}
