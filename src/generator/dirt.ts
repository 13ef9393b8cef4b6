import type { Dice } from './randomness.js';

/**
 * How people and clerks spoil values when they type them: the near-duplicates identity
 * resolution has to see through. Every function returns something a person could have typed
 * for the same value, never an empty string.
 */

/** One slip of the finger: two letters swapped, one dropped, or one doubled. */
export function misspell(dice: Dice, word: string): string {
  if (word.length < 3) return word;
  const at = dice.int(1, word.length - 2);
  switch (dice.pick(['swap', 'drop', 'double'] as const)) {
    case 'swap':
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 'drop':
      return word.slice(0, at) + word.slice(at + 1);
    case 'double':
      return word.slice(0, at + 1) + word.slice(at);
  }
}

/** SHOUTED or lowered, as legacy systems and quick typists write names. */
export function recase(dice: Dice, text: string): string {
  return dice.chance(0.5) ? text.toUpperCase() : text.toLowerCase();
}

/** Stray spaces around and inside. */
function respace(dice: Dice, text: string): string {
  const inner = text.replace(' ', dice.chance(0.5) ? '  ' : ' ');
  return dice.pick([` ${inner}`, `${inner} `, `  ${inner}  `]);
}

/** The same mailbox in other letters: John.Smith@Example.com, or with a stray space. */
export function emailVariant(dice: Dice, email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const capitalised = local.replace(/(^|[._-])([a-z])/g, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
  return dice.pick([
    `${capitalised}@${domain}`,
    email.toUpperCase(),
    `${capitalised}@${domain.replace(/^./, (c) => c.toUpperCase())}`,
    ` ${email} `,
  ]);
}

export interface Sloppiness {
  typo: number;
  recase: number;
  respace: number;
  /** Given and family name typed into each other's fields. */
  swap: number;
  /** Each name left out. */
  missing: number;
}

export interface WrittenName {
  givenName?: string;
  familyName?: string;
}

function spoil(dice: Dice, name: string, how: Sloppiness): string {
  let written = dice.chance(how.typo) ? misspell(dice, name) : name;
  if (dice.chance(how.recase)) written = recase(dice, written);
  return dice.chance(how.respace) ? respace(dice, written) : written;
}

export function writeName(dice: Dice, givenName: string, familyName: string, how: Sloppiness): WrittenName {
  const [given, family] = dice.chance(how.swap) ? [familyName, givenName] : [givenName, familyName];
  return {
    givenName: dice.chance(how.missing) ? undefined : spoil(dice, given, how),
    familyName: dice.chance(how.missing) ? undefined : spoil(dice, family, how),
  };
}
