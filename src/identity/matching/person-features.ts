/**
 * What fuzzy matching knows about one person record, in the standard forms of
 * src/ingestion/standardise.ts (names title-cased, birth date YYYY-MM-DD, national id without
 * separators and upper-cased, postcode upper-cased). Every field but `key` may be missing.
 */
export interface PersonFeatures {
  /** The record's own id (e.g. `source:sourceId`); pairs and clusters name records by it. */
  key: string;
  givenName?: string;
  familyName?: string;
  /** YYYY-MM-DD */
  birthDate?: string;
  street?: string;
  city?: string;
  postcode?: string;
  region?: string;
  nationalId?: string;
  email?: string;
  phone?: string;
}
