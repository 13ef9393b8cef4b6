import { createHmac } from 'node:crypto';
import type { IdentityType } from '../identity/rules.js';
import { identifierTypes } from '../ingestion/prepare.js';

/**
 * Suppression: an erased person's identifiers are kept only as keyed hashes (HMAC-SHA256 with
 * PRIVACY_HASH_KEY), so a record bringing one of them back is recognised and refused without
 * the graph holding the value itself. Without the key the hashes cannot be recomputed from
 * guessed emails or phone numbers, which a plain hash would allow.
 */
/**
 * What can be suppressed: an identifier, or a customer record's own id in its source
 * (SOURCE_RECORD, "source|sourceId"), which identifies the person in that system and would
 * otherwise bring a record without any other identifier back as a new customer.
 */
export type SuppressionType = IdentityType | 'SOURCE_RECORD';

export interface Suppressible {
  type: SuppressionType;
  value: string;
}

export const suppressionKey = ({ type, value }: Suppressible) => `${type}|${value}`;

export const sourceRecordKey = (source: string, sourceId: string): Suppressible => ({
  type: 'SOURCE_RECORD',
  value: `${source}|${sourceId}`,
});

export class IdentifierHasher {
  constructor(private readonly key: string) {}

  /** The type is part of what is hashed: the same text as an email and as a CRM id are different entries. */
  hash({ type, value }: Suppressible): string {
    return createHmac('sha256', this.key).update(`${type}:${value}`).digest('base64url');
  }
}

/** The record field that carries each type (email for EMAIL...), for reasons a person can act on. */
export const fieldOfType = {
  ...Object.fromEntries(Object.entries(identifierTypes).map(([field, type]) => [type, field])),
  SOURCE_RECORD: 'sourceId',
} as Record<SuppressionType, string>;

/** The reason a suppressed record is refused: its record and field, never the value. */
export function suppressionReason(source: string, sourceId: string, field: string): string {
  return (
    `${field}: identifier of an erased person (suppressed); record ${source}/${sourceId} was not written. ` +
    'An administrator can lift the suppression with a new lawful basis (liftSuppression).'
  );
}
