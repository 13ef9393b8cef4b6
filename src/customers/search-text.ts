import { InvalidArgument } from '../invalid-argument.js';

/**
 * What a person typed, as a Lucene query for the full-text indexes. Only letters and digits
 * pass (lower-cased, so AND/OR/NOT are plain words), which makes any other syntax inert; each
 * word of four letters or more tolerates one typo. Words are alternatives: more matching
 * words rank higher.
 */
export function searchQuery(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 10);
  if (!words.length) throw new InvalidArgument('text', 'give at least one word or number to search for');
  return words.map((word) => (word.length >= 3 ? `${word}~1` : word)).join(' ');
}
