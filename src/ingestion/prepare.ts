import { createHash } from 'node:crypto';
import type { Identifier } from '../identity/resolve.js';
import type { IdentityRules, IdentityType } from '../identity/rules.js';
import { identifierKeys, recordSchemas, type InputRecord } from './records.js';
import type { Source } from './sources.js';

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
}

export type Preparation = { ok: true; prepared: PreparedRecord } | { ok: false; reasons: string[] };

const identifierTypes: Record<(typeof identifierKeys)[number], IdentityType> = {
  email: 'EMAIL',
  phone: 'PHONE',
  crmId: 'CRM_ID',
  loyaltyId: 'LOYALTY_ID',
  deviceId: 'DEVICE_ID',
  socialHandle: 'SOCIAL_HANDLE',
  nationalId: 'NATIONAL_ID',
};

const schemas = new Map<string, ReturnType<typeof recordSchemas>>();

function schemaFor(source: Source) {
  let schema = schemas.get(source.defaultRegion);
  if (!schema) schemas.set(source.defaultRegion, (schema = recordSchemas({ defaultRegion: source.defaultRegion })));
  return schema;
}

export function prepareRecord(fields: Record<string, unknown>, source: Source, rules: IdentityRules): Preparation {
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

  const parsed = schemaFor(source).safeParse(cleaned, { error: (issue) => (issue.input === undefined ? 'is required' : undefined) });
  if (!parsed.success) {
    return { ok: false, reasons: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`) };
  }
  const record = parsed.data;
  const identifiers: Identifier[] = [];
  for (const key of identifierKeys) {
    const value = (record as Record<string, unknown>)[key];
    if (typeof value !== 'string') continue;
    const identifier = { type: identifierTypes[key], value };
    (rules.isBlocked(identifier.type, value) ? blocked : identifiers).push(identifier);
  }
  return { ok: true, prepared: { record, trust: source.trust, hash: contentHash(record, source.trust), identifiers, blocked } };
}

/** A hash of the standardised content with keys sorted, so field order in the file never matters. */
function contentHash(record: InputRecord, trust: number): string {
  return createHash('sha256').update(stableJson({ record, trust })).digest('base64url');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
