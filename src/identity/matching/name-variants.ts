import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../../project.js';
import { letters } from './similarity.js';

/**
 * Given names that one person goes by: William and Bill, Elizabeth and Liz, Margaret and Peggy.
 * From the maintained list vendored in `name-variants/` (see its README). Two names are variants
 * when the list relates them directly, in either direction; two names that only share a third
 * (Albert and Alexander both give Al) are not, or siblings would look like one person.
 */
const file = join(projectRoot, 'src', 'identity', 'matching', 'name-variants', 'names.csv');

let pairs: Set<string> | undefined;

function variantPairs(): Set<string> {
  if (pairs) return pairs;
  const rows: Array<{ name1: string; name2: string }> = parse(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  pairs = new Set(rows.flatMap(({ name1, name2 }) => [`${letters(name1)}|${letters(name2)}`, `${letters(name2)}|${letters(name1)}`]));
  return pairs;
}

/** The names the list relates directly to `name`, in lower case (empty when it knows none). */
export function variantsOf(name: string): string[] {
  const key = letters(name);
  return [...variantPairs()].filter((pair) => pair.startsWith(`${key}|`)).map((pair) => pair.slice(key.length + 1));
}

/** Whether two different given names are variants of one another (case, accents and spaces ignored). */
export function areNameVariants(a: string, b: string): boolean {
  return variantPairs().has(`${letters(a)}|${letters(b)}`);
}

/** Whether `short` is an initial (one letter, with or without a dot) of `full`. */
export function isInitialOf(short: string, full: string): boolean {
  const [initial, name] = [letters(short), letters(full)];
  return initial.length === 1 && name.length > 1 && name.startsWith(initial);
}
