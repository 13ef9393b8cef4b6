import { typoDistance } from './similarity.js';
import { commonerShare, type ValueShare } from './value-shares.js';
import { evidence, type Evidence } from './weights.js';

const dayMs = 86_400_000;

/**
 * Birth dates (YYYY-MM-DD). Besides the same date, three ways one person's date goes wrong:
 * day and month written the other way round (sources mixing date formats), one digit mistyped,
 * and a date off by weeks or months (a guess, a slip of the calendar).
 */
export function compareBirthDates(a: string | undefined, b: string | undefined, shares?: ValueShare): Evidence | undefined {
  if (!a || !b) return undefined;
  const shown = `(${a} / ${b})`;
  // A date many records share (a form's default such as 1900-01-01) is weak evidence.
  const share = commonerShare(shares, 'birthDate', a, b);
  if (a === b) return evidence('birthDate', 'same', 'same birth date', share);
  const [yearA, monthA, dayA] = a.split('-');
  const [yearB, monthB, dayB] = b.split('-');
  if (yearA === yearB && monthA === dayB && dayA === monthB)
    return evidence('birthDate', 'transposed', `birth dates with day and month swapped ${shown}`, share);
  if (typoDistance(a, b) === 1) return evidence('birthDate', 'oneDigit', `birth dates differ by one digit ${shown}`, share);
  if (Math.abs(Date.parse(a) - Date.parse(b)) <= 365 * dayMs)
    return evidence('birthDate', 'withinAYear', `birth dates less than a year apart ${shown}`);
  return evidence('birthDate', 'different', `different birth dates ${shown}`);
}
