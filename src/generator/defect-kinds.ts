/**
 * The defects the generator plants, one per invalid record (see defects.ts): their names are
 * what the truth file and the importer's rejects are compared by.
 */
export const defects = [
  'malformed-json',
  'missing-field',
  'invalid-email',
  'invalid-phone',
  'placeholder-phone',
  'invalid-date',
  'invalid-timestamp',
  'negative-price',
  'negative-quantity',
  'out-of-range',
  'no-person',
  'unknown-sku',
  'unknown-customer',
] as const;
export type Defect = (typeof defects)[number];
