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

/**
 * The blocking keys of one person: records that share a key are compared. Each key survives a
 * different kind of damage (a typo in the name, a wrong birth date, a moved address, a missing
 * name), so a true pair is found when any one key survives. Names enter keys in either role,
 * so swapped given and family names still meet.
 */
export function blockingKeys(p: PersonFeatures): string[] {
  const names = [p.givenName, p.familyName].map((name) => letters(name ?? '')).filter(Boolean);
  const date = p.birthDate && dateWithoutOrder(p.birthDate);
  const citySound = p.city && phonetic(p.city);
  const keys: string[] = [];
  for (const name of names) {
    const sound = phonetic(name);
    if (date) keys.push(`name-sound+year:${sound}:${date.slice(0, 4)}`, `birth-date+initial:${date}:${name[0]}`);
    if (p.postcode) keys.push(`postcode+name-start:${p.postcode}:${name.slice(0, 2)}`);
    if (citySound) keys.push(`city-sound+name-sound:${citySound}:${sound}`);
  }
  // Without names, the birth date and the place still bring a record to its duplicates.
  if (date && p.postcode) keys.push(`birth-date+postcode:${date}:${p.postcode}`);
  if (date && citySound) keys.push(`birth-date+city-sound:${date}:${citySound}`);
  if (names.length === 2) keys.push(`names-sound:${names.map(phonetic).sort().join(':')}`);
  // The first half of a national id: a typo in the second half still meets its original.
  if (p.nationalId) keys.push(`national-id-start:${p.nationalId.slice(0, Math.ceil(p.nationalId.length / 2))}`);
  if (p.email) keys.push(`email-start:${letters(p.email).slice(0, 6)}`);
  return [...new Set(keys)];
}

export interface Blocks {
  /** Each block: indexes into the people given, ascending. */
  blocks: number[][];
  /** Keys skipped because too many people share them. */
  oversized: Array<{ key: string; size: number }>;
}

/** Groups people by blocking key; a key shared by more than `limit` people is reported, not kept. */
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
