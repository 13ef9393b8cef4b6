import { doubleMetaphone } from 'double-metaphone';
import type { PersonFeatures } from './person-features.js';
import { letters } from './similarity.js';

/** A key shared by more people than this is skipped: its block would cost too many comparisons. */
export const maxBlockSize = 50;

const phonetic = (name: string) => doubleMetaphone(letters(name))[0];

/** Year and the day and month in ascending order: the same for a date and its day/month swap. */
function dateWithoutOrder(birthDate: string): string {
  const [year, month, day] = birthDate.split('-');
  return [year, ...[month, day].sort()].join('-');
}

/** Two halves of an identifier: one mistyped character leaves the other half intact. */
function halves(kind: string, value: string): string[] {
  const middle = Math.ceil(value.length / 2);
  return [`${kind}-start:${value.slice(0, middle)}`, `${kind}-end:${value.slice(middle)}`];
}

/**
 * The blocking keys of one person: records that share a key are compared. Each key tolerates
 * a different kind of damage, so a true pair that survives any one of them is still found.
 * Names enter every key in either role, so swapped given and family names still meet.
 */
export function blockingKeys(p: PersonFeatures): string[] {
  const names = [p.givenName, p.familyName].filter((name): name is string => Boolean(name && letters(name)));
  const keys: string[] = [];
  const year = p.birthDate?.slice(0, 4);
  for (const name of names) {
    if (year) keys.push(`name-sound+year:${phonetic(name)}:${year}`);
    if (p.birthDate) keys.push(`birth-date+initial:${dateWithoutOrder(p.birthDate)}:${letters(name)[0]}`);
    if (p.postcode) keys.push(`postcode+name-start:${p.postcode}:${letters(name).slice(0, 2)}`);
  }
  // Without names, the birth date and postcode still bring a record to its duplicates.
  if (p.birthDate && p.postcode) keys.push(`birth-date+postcode:${dateWithoutOrder(p.birthDate)}:${p.postcode}`);
  if (names.length === 2) keys.push(`names-sound:${names.map(phonetic).sort().join(':')}`);
  if (p.nationalId) keys.push(...halves('national-id', p.nationalId));
  if (p.phone) keys.push(...halves('phone', p.phone));
  if (p.email) keys.push(`email-start:${letters(p.email).slice(0, 6)}`);
  return [...new Set(keys)];
}

export interface Blocks {
  /** Each block: indexes into the people given. */
  blocks: number[][];
  /** Keys skipped because too many people share them. */
  oversized: Array<{ key: string; size: number }>;
}

export function blockPeople(people: PersonFeatures[], limit = maxBlockSize): Blocks {
  const members = new Map<string, number[]>();
  people.forEach((person, index) => {
    for (const key of blockingKeys(person)) {
      const block = members.get(key);
      if (block) block.push(index);
      else members.set(key, [index]);
    }
  });
  const result: Blocks = { blocks: [], oversized: [] };
  for (const [key, block] of members) {
    if (block.length > limit) result.oversized.push({ key, size: block.length });
    else if (block.length > 1) result.blocks.push(block);
  }
  return result;
}
