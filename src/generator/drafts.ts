import type { RecordKind } from '../ingestion/records.js';
import type { Catalog } from './catalog.js';
import type { Defect } from './defect-kinds.js';
import type { Household } from './households.js';
import type { Journey } from './journey.js';
import type { Person } from './people.js';
import type { Dice } from './randomness.js';
import type { SourceName } from './source-files.js';

/**
 * A draft is one source record as its system holds it, with values already written the source's
 * way (spoilt, formatted) but keyed by the ingestion record's field names. Writing it out renames
 * the fields to the source's own columns through its mapping file (sources/<source>.yaml), so the
 * files and the mappings cannot drift apart.
 */
export type Cell = string | number | boolean | string[];
export interface DraftLine {
  sku: string;
  quantity: string | number;
  unitPrice: string;
}
export type Fields = Record<string, Cell | DraftLine[] | undefined>;

export interface Draft {
  source: SourceName;
  kind: RecordKind;
  /** The record's id, also when a defect removed it from the fields. */
  sourceId: string;
  /** The true person the record is about; null for catalog records. */
  person: string | null;
  defect: Defect | null;
  fields: Fields;
  /** Columns in the source's own words that its mapping ignores (a store code, a page URL). */
  extras?: Record<string, Cell>;
}

/** Everything a source needs to write what it knows about one person. */
export interface PersonContext {
  person: Person;
  household: Household;
  journey: Journey;
  catalog: Catalog;
  dice: Dice;
  /** Each source's default phone region, from its mapping file. */
  regions: Record<SourceName, string>;
}

/** A valid draft; fields left undefined are not written at all. */
export function draft(
  source: SourceName,
  kind: RecordKind,
  person: string | null,
  fields: Fields & { sourceId: string },
  extras?: Draft['extras'],
): Draft {
  const written = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return { source, kind, sourceId: fields.sourceId, person, defect: null, fields: written, ...(extras ? { extras } : {}) };
}
