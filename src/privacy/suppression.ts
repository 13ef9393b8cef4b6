import { createHmac } from 'node:crypto';
import { cypher } from '../graph/cypher-library.js';
import type { Transaction } from '../graph/graph.js';
import { identifierKey, type Identifier } from '../identity/resolve.js';
import type { IdentityType } from '../identity/rules.js';
import { identifierTypes } from '../ingestion/prepare.js';

/**
 * Suppression: an erased person's identifiers are kept only as keyed hashes (HMAC-SHA256 with
 * PRIVACY_HASH_KEY), so a record bringing one of them back is recognised and refused without
 * the graph holding the value itself. Without the key the hashes cannot be recomputed from
 * guessed emails or phone numbers, which a plain hash would allow.
 */
const q = {
  suppressed: cypher.get('privacy/suppressed'),
};

export class IdentifierHasher {
  constructor(private readonly key: string) {}

  /** The type is part of what is hashed: the same text as an email and as a CRM id are different entries. */
  hash({ type, value }: Identifier): string {
    return createHmac('sha256', this.key).update(`${type}:${value}`).digest('base64url');
  }
}

/** The record field that carries each identifier type (email for EMAIL...), for reasons a person can act on. */
export const fieldOfType = Object.fromEntries(Object.entries(identifierTypes).map(([field, type]) => [type, field])) as Record<IdentityType, string>;

/** Of these identifiers, the ones under an active suppression, by identifierKey. */
export async function suppressedAmong(tx: Transaction, hasher: IdentifierHasher, identifiers: Identifier[]): Promise<Set<string>> {
  if (!identifiers.length) return new Set();
  const byHash = new Map(identifiers.map((identifier) => [hasher.hash(identifier), identifierKey(identifier)]));
  const rows = await tx.run(q.suppressed, { hashes: [...byHash.keys()] });
  return new Set(rows.map((row) => byHash.get(row.hash as string)!));
}

/** The reason a suppressed record is refused: its record and field, never the value. */
export function suppressionReason(source: string, sourceId: string, field: string): string {
  return `${field}: identifier of an erased person (suppressed); record ${source}/${sourceId} was not written. ` +
    'An administrator can lift the suppression with a new lawful basis (liftSuppression).';
}
