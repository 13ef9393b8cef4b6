import { z } from 'zod';
import { recordKinds, type RecordKind } from '../records.js';

/**
 * The source mapping files (format and reference in sources/README.md): how one system's exports
 * become our input records. Simple mappings stay short (`columns`, `constants`, `joined`); `fields`
 * says anything else, one target field at a time, as a value taken from the row and then shaped.
 */
const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** A value map: the export's vocabulary to ours. A miss keeps the value (so validation names it) and is counted. */
const valueMap = z.strictObject({
  values: z.record(z.string(), scalar),
  ignoreCase: z.boolean().default(false),
  default: scalar.optional(),
});

/** Where a field's value comes from: exactly one of these. */
const origins = ['column', 'columns', 'template', 'constant', 'hash', 'path', 'expression'] as const;

export const fieldSpec = z
  .strictObject({
    column: z.string().optional(),
    /** Several columns joined by `separator` (a space unless said), empty ones left out. */
    columns: z.array(z.string()).min(2).optional(),
    separator: z.string().optional(),
    /** Literal text with columns in braces: `{platform}:{handle}`. Absent when a named column is empty. */
    template: z.string().optional(),
    constant: scalar.optional(),
    /** A stable id from a hash of these columns (for exports without one). */
    hash: z.array(z.string()).min(1).optional(),
    prefix: z.string().optional(),
    /** A category path from several columns, root first; empty levels left out. */
    path: z.array(z.string()).min(1).optional(),
    /** A JSONata expression over the row (columns by name; backticks around names with spaces). */
    expression: z.string().optional(),
    /** A regular expression: the value becomes its first capture group (or the group named `value`). */
    extract: z.string().optional(),
    map: valueMap.optional(),
    /** The name of a lookup table of the source: the value is replaced by the table's entry for it. */
    lookup: z.string().optional(),
    /** The value's date format (Luxon tokens, e.g. dd/MM/yyyy), overriding the source's. */
    dateFormat: z.string().optional(),
    /** The value's timestamp format (Luxon tokens; `x` is epoch ms, `X` epoch s), overriding the source's. */
    timeFormat: z.string().optional(),
    /** IANA zone for times written without one, overriding the source's. */
    timeZone: z.string().optional(),
    /** List fields: the separator between items in one cell. */
    split: z.string().optional(),
    /** The column(s) may be missing from a file's header; otherwise a missing column stops the file. */
    optional: z.boolean().default(false),
  })
  .refine((spec) => origins.filter((origin) => spec[origin] !== undefined).length === 1, {
    message: `give exactly one of ${origins.join(', ')}`,
  });

/** A field is a column name, or a spec. */
const field = z.union([z.string(), fieldSpec]);

/** Rows to leave out (test accounts, internal events): counted and reported, never written. */
const skipRule = z.strictObject({ when: z.string(), reason: z.string() });

const kindMapping = z.strictObject({
  /** column → record field (or several fields: `Contact ID: [sourceId, crmId]`). */
  columns: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])).optional(),
  /** CSV orders, one row per line: column → line field. */
  lineColumns: z.record(z.string(), z.string()).optional(),
  /** Fields made of several columns joined by a space. */
  joined: z.record(z.string(), z.array(z.string()).min(2)).optional(),
  constants: z.record(z.string(), scalar).optional(),
  /** record field → where its value comes from and how it is shaped. */
  fields: z.record(z.string(), field).optional(),
  skip: z.array(skipRule).optional(),
});

/** A lookup table: inline, or two columns of a CSV file next to the mapping. */
const lookupTable = z.union([
  z.strictObject({ file: z.string(), key: z.string(), value: z.string(), ignoreCase: z.boolean().default(false) }),
  z.record(z.string(), scalar),
]);

export const sourceMapping = z.strictObject({
  source: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'expected a lower-case name'),
  defaultRegion: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 region'),
  trust: z.number().int().min(1).max(5),
  /** Formats of every date and timestamp field of this source, unless a field says otherwise. */
  dateFormat: z.string().optional(),
  timeFormat: z.string().optional(),
  timeZone: z.string().optional(),
  lookups: z.record(z.string(), lookupTable).default({}),
  kinds: z.partialRecord(z.enum(recordKinds as [RecordKind, ...RecordKind[]]), kindMapping).default({}),
});

export type SourceMapping = z.infer<typeof sourceMapping>;
export type KindMapping = z.infer<typeof kindMapping>;
export type FieldSpec = z.infer<typeof fieldSpec>;
/** A field as a mapping writes it: a column name, or a spec. */
export type FieldInput = z.input<typeof field>;
export type Scalar = z.infer<typeof scalar>;
