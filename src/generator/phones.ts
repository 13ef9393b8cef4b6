import { parsePhoneNumberFromString, type CountryCode as Region } from 'libphonenumber-js';
import type { CountryCode } from './countries.js';
import type { Dice } from './randomness.js';

/**
 * Mobile numbers, one per person and never shared by accident: seven digits of every number
 * come from a bijection of the person's number, the rest (operator prefix) is random. Only
 * numbers libphonenumber calls valid are kept, since the importer validates with it.
 */
const tailSize = 10_000_000;
const tailOf = (personIndex: number) => (personIndex * 7_777_777 + 1_234_567) % tailSize;
const digit = (dice: Dice, from = 0) => String(dice.int(from, 9));
const seven = (tail: number) => String(tail).padStart(7, '0');

const plans: Record<CountryCode, (dice: Dice, tail: number) => string> = {
  GB: (dice, tail) => `+447${dice.pick(['4', '5', '7', '8', '9'])}${digit(dice)}${seven(tail)}`,
  FR: (dice, tail) => `+336${digit(dice)}${seven(tail)}`,
  DE: (dice, tail) => `+491${dice.pick(['51', '52', '57', '76'])}${digit(dice)}${seven(tail)}`,
  ES: (dice, tail) => `+346${digit(dice)}${seven(tail)}`,
  // Ten area codes, chosen by the tail's first digit, keep the remaining six digits unique.
  US: (dice, tail) =>
    `+1${['212', '310', '312', '415', '512', '617', '702', '206', '305', '404'][Math.floor(tail / 1_000_000)]}${digit(dice, 2)}${String(tail % 1_000_000).padStart(6, '0')}`,
};

export function mobileNumber(dice: Dice, country: CountryCode, personIndex: number): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const e164 = plans[country](dice, tailOf(personIndex));
    // Some UK mobile ranges belong to the Channel Islands and the Isle of Man.
    const parsed = parsePhoneNumberFromString(e164);
    if (parsed?.isValid() && parsed.country === country) return e164;
  }
  throw new Error(`the ${country} numbering plan gives no valid mobile number`);
}

export type PhoneStyle = 'national' | 'international' | 'e164' | 'dotted' | 'compact' | 'trunk' | 'exitCode';

function write(e164: string, style: PhoneStyle): string {
  const phone = parsePhoneNumberFromString(e164)!;
  const national = phone.formatNational();
  const international = phone.formatInternational();
  switch (style) {
    case 'national':
      return national;
    case 'international':
      return international;
    case 'e164':
      return e164;
    case 'dotted':
      return national.replace(/[\s-]+/g, '.').replace(/[()]/g, '');
    case 'compact':
      return national.replace(/\D/g, '');
    // +44 (0)20 7946 0123: the trunk zero people keep in brackets.
    case 'trunk':
      return international.replace(' ', ` (0)`);
    case 'exitCode':
      return international.replace('+', '00');
  }
}

/**
 * The number as a person or clerk typed it for a source whose default region is `region`.
 * A style that would not read back as the same number there (a national number abroad) falls
 * back to the international format, as a real form's validation would force.
 */
export function writePhone(e164: string, style: PhoneStyle, region: string): string {
  const written = write(e164, style);
  return parsePhoneNumberFromString(written, region as Region)?.number === e164 ? written : write(e164, 'international');
}

export const anyStyle: readonly PhoneStyle[] = ['national', 'international', 'e164', 'dotted', 'compact', 'trunk', 'exitCode'];
