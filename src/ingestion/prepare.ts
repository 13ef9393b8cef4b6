import { createHash } from 'node:crypto';
import type { Identifier } from '../identity/resolve.js';
import type { IdentityRules, IdentityType } from '../identity/rules.js';
import { identifierKeys, recordSchemas, type InputRecord } from './records.js';
import { standard } from './standardise.js';
import { customerAttributes } from '../vocabulary.js';
import type { FieldWarning } from './mapping/field-value.js';
import type { SourceSettings } from './sources.js';

/**
 * From mapped fields to a record ready for the graph: validated and standardised by its schema,
 * its identifiers extracted with blocked placeholder values removed, and a content hash that
 * tells an unchanged re-import apart from a new version.
 */
export interface PreparedRecord {
  record: InputRecord;
  trust: number;
  hash: string;
  identifiers: Identifier[];
  blocked: Identifier[];
  /** Descriptive values that were dropped for being invalid. */
  warnings: FieldWarning[];
}

export type Preparation = { ok: true; prepared: PreparedRecord } | { ok: false; reasons: string[] };

export const identifierTypes: Record<(typeof identifierKeys)[number], IdentityType> = {
  email: 'EMAIL',
  phone: 'PHONE',
  crmId: 'CRM_ID',
  loyaltyId: 'LOYALTY_ID',
  deviceId: 'DEVICE_ID',
  userId: 'USER_ID',
  socialHandle: 'SOCIAL_HANDLE',
  nationalId: 'NATIONAL_ID',
};

const schemas = new Map<string, ReturnType<typeof recordSchemas>>();

function schemaFor(regions: string[]) {
  const key = regions.join();
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = recordSchemas({ phoneRegions: regions })));
  return schema;
}

/** A phone number is read in the record's own country when it has one, then in the source's. */
function phoneRegions(fields: Record<string, unknown>, source: SourceSettings): string[] {
  const country = standard.country.safeParse(fields.country);
  return country.success && country.data !== source.defaultRegion ? [country.data, source.defaultRegion] : [source.defaultRegion];
}

export function prepareRecord(fields: Record<string, unknown>, source: SourceSettings, rules: IdentityRules): Preparation {
  // A placeholder such as "unknown" or "000000" is dropped before validation: it is not a bad
  // phone number, it is no phone number, and the rest of the record is good.
  const blocked: Identifier[] = [];
  const cleaned = { ...fields };
  for (const key of identifierKeys) {
    const value = cleaned[key];
    if (value !== undefined && rules.isBlocked(identifierTypes[key], String(value).trim())) {
      blocked.push({ type: identifierTypes[key], value: String(value).trim() });
      delete cleaned[key];
    }
  }

  const parsed = validate(cleaned, source);
  if (!parsed.ok) return parsed;
  const { record, warnings } = parsed;
  const identifiers: Identifier[] = [];
  for (const key of identifierKeys) {
    const value = (record as Record<string, unknown>)[key];
    if (typeof value !== 'string') continue;
    const identifier = { type: identifierTypes[key], value };
    (rules.isBlocked(identifier.type, value) ? blocked : identifiers).push(identifier);
  }
  return { ok: true, prepared: { record, trust: source.trust, hash: contentHash(record, source.trust), identifiers, blocked, warnings } };
}

/**
 * Descriptive profile attributes are best effort: an impossible birth date or an unknown country
 * is dropped with a warning and the record still lands. Everything else that is wrong (an
 * identifier, which would link the wrong people; a required field; a quantity) rejects it.
 */
const descriptive = new Set<string>(customerAttributes);

function validate(
  fields: Record<string, unknown>,
  source: SourceSettings,
): { ok: true; record: InputRecord; warnings: FieldWarning[] } | { ok: false; reasons: string[] } {
  const parsed = schemaFor(phoneRegions(fields, source)).safeParse(fields, { error: issueMessage });
  if (parsed.success) return { ok: true, record: parsed.data, warnings: [] };
  const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`);
  const fieldsAtFault = parsed.error.issues.map((issue) => String(issue.path[0]));
  if (fields.kind !== 'customer' || !fieldsAtFault.every((field) => descriptive.has(field))) return { ok: false, reasons };
  const kept = Object.fromEntries(Object.entries(fields).filter(([field]) => !fieldsAtFault.includes(field)));
  const again = validate(kept, source);
  const dropped = parsed.error.issues.map((issue) => ({
    field: String(issue.path[0]),
    value: fields[String(issue.path[0])],
    reason: `${issue.message}; value dropped`,
  }));
  return again.ok ? { ...again, warnings: dropped } : again;
}

/** Zod's messages, with the value named where it helps a person find it in the file. */
function issueMessage(issue: { code?: string; input?: unknown; values?: unknown[] }): string | undefined {
  if (issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_value' && issue.values) return `${JSON.stringify(issue.input)} is not one of ${issue.values.join(', ')}`;
  return undefined;
}

/** A hash of the standardised content with keys sorted, so field order in the file never matters. */
function contentHash(record: InputRecord, trust: number): string {
  return createHash('sha256').update(stableJson({ record, trust })).digest('base64url');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
