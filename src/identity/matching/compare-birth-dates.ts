import { typoDistance } from './similarity.js';
import { evidence, type Evidence } from './weights.js';

const dayMs = 86_400_000;

/**
 * Birth dates (YYYY-MM-DD). Besides the same date, three ways one person's date goes wrong:
 * day and month written the other way round, one digit mistyped, and a date off by less than a
 * year (a form's default, a guess).
 */
export function compareBirthDates(a: string | undefined, b: string | undefined): Evidence | undefined {
  if (!a || !b) return undefined;
  const shown = `(${a} / ${b})`;
  if (a === b) return evidence('birthDate', 'same', 'same birth date');
  const [yearA, monthA, dayA] = a.split('-');
  const [yearB, monthB, dayB] = b.split('-');
  if (yearA === yearB && monthA === dayB && dayA === monthB) return evidence('birthDate', 'transposed', `birth dates with day and month swapped ${shown}`);
  if (typoDistance(a, b) === 1) return evidence('birthDate', 'oneDigit', `birth dates differ by one digit ${shown}`);
  if (Math.abs(Date.parse(a) - Date.parse(b)) <= 365 * dayMs) return evidence('birthDate', 'withinAYear', `birth dates less than a year apart ${shown}`);
  return evidence('birthDate', 'different', `different birth dates ${shown}`);
}
