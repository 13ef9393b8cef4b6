import { createHmac } from 'node:crypto';

/**
 * Stable pseudonyms for customer ids: the same customer always gets the same pseudonym, so an
 * analyst can count, join and follow people across answers, but cannot turn one back into the id
 * (or into anything another role sees) without the key.
 */
export function pseudonymOf(key: string, customerId: string): string {
  return `anon_${createHmac('sha256', key).update(customerId).digest('base64url').slice(0, 22)}`;
}
