import type { PersonFeatures } from './person-features.js';
import { nameSimilarity, typoDistance } from './similarity.js';
import { evidence, type Evidence } from './weights.js';

const characters = (count: number) => `${count} character${count === 1 ? '' : 's'}`;

/**
 * National ids. Equal ids are joined before fuzzy matching; here a one- or two-character
 * difference (a mistyped or swapped digit) is strong evidence of one person, not a disagreement.
 */
function compareNationalIds(a: string, b: string): Evidence {
  if (a === b) return evidence('nationalId', 'same', 'same national id');
  const distance = typoDistance(a, b);
  if (distance === 1) return evidence('nationalId', 'oneCharacter', `national id differs by ${characters(1)} (${a} / ${b})`);
  if (distance === 2) return evidence('nationalId', 'twoCharacters', `national id differs by ${characters(2)} (${a} / ${b})`);
  return evidence('nationalId', 'different', `different national ids ${a} / ${b}`);
}

/** E-mail addresses: a corrupted copy of the same address still looks alike (Jaro-Winkler). */
function compareEmails(a: string, b: string): Evidence {
  if (a.toLowerCase() === b.toLowerCase()) return evidence('email', 'same', 'same e-mail address');
  // Numbers are what tell apart mailboxes made from one name (john.smith1@, john.smith2@).
  const digits = (email: string) => email.replace(/\D/g, '');
  const similarity = nameSimilarity(a, b);
  if (similarity >= 0.9 && digits(a) === digits(b)) return evidence('email', 'close', `e-mail '${a}' ~ '${b}' (${similarity.toFixed(2)})`);
  return evidence('email', 'different', `different e-mail addresses '${a}' / '${b}'`);
}

function comparePhones(a: string, b: string): Evidence {
  if (a === b) return evidence('phone', 'same', 'same phone number');
  if (typoDistance(a, b) === 1) return evidence('phone', 'oneDigit', `phone numbers differ by one digit (${a} / ${b})`);
  return evidence('phone', 'different', `different phone numbers ${a} / ${b}`);
}

/** National id, e-mail and phone, each where both records have it. */
export function compareIdentifiers(a: PersonFeatures, b: PersonFeatures): Evidence[] {
  const found: Evidence[] = [];
  if (a.nationalId && b.nationalId) found.push(compareNationalIds(a.nationalId, b.nationalId));
  if (a.email && b.email) found.push(compareEmails(a.email, b.email));
  if (a.phone && b.phone) found.push(comparePhones(a.phone, b.phone));
  return found;
}
