import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { areNameVariants, variantsOf } from '../identity/matching/name-variants.js';
import { countries, type Country } from './countries.js';
import { misspell } from './dirt.js';
import { slug } from './people.js';
import { mobileNumber } from './phones.js';
import { localDice, neutralDice, type Dice } from './randomness.js';

/**
 * A person-record set with households, for measuring identity resolution where it is hardest:
 * twins, spouses, a father and son of one name, siblings, flatmates and neighbours share an
 * address, a surname, a landline or a family mailbox, and must stay apart; one person's records
 * differ by a typo, a nickname, an initial, swapped names, a move, a missing or transposed birth
 * date, and must come together. `truth.ndjson` names the person, household and duplicate kind of
 * every record; `look-alikes.ndjson` lists the pairs of different people that look alike.
 */
export const duplicateKinds = [
  'typo',
  'nickname',
  'initial',
  'swapped names',
  'moved house',
  'missing birth date',
  'transposed date',
] as const;
export type DuplicateKind = (typeof duplicateKinds)[number];
export const lookAlikeKinds = ['twins', 'spouses', 'parent and child of the same name', 'siblings', 'flatmates', 'neighbours'] as const;
export type LookAlikeKind = (typeof lookAlikeKinds)[number];

export interface IdentitySetRecord {
  rec_id: string;
  given_name?: string;
  family_name?: string;
  birth_date?: string;
  street: string;
  city: string;
  postcode: string;
  email?: string;
  phone?: string;
}

export interface RecordTruth {
  recId: string;
  person: string;
  household: string;
  /** Absent on a person's first record; on the others, how it differs from the person. */
  duplicate?: DuplicateKind;
}

export interface LookAlike {
  a: string;
  b: string;
  kind: LookAlikeKind;
}

interface Address {
  street: string;
  city: string;
  postcode: string;
}

interface Person {
  id: string;
  index: number;
  givenName: string;
  familyName: string;
  sex: 'male' | 'female';
  birthDate: string;
  email: string;
  mobile: string;
}

interface Home {
  id: string;
  country: Country;
  address: Address;
  houseNumber: number;
  streetName: string;
  landline?: string;
  familyEmail?: string;
  members: Person[];
}

const english = countries.filter((country) => country.code === 'GB' || country.code === 'US');
/** The share of people with a second record: half of them, so a third of all records. */
const duplicateRate = 0.5;

const pad = (n: number) => String(n).padStart(2, '0');
const date = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function birthDate(dice: Dice, from: number, to: number): string {
  return date(dice.int(from, to), dice.int(1, 12), dice.int(1, 28));
}

/** A given name unlike every name already in the household: neither equal nor a variant. */
function distinctGivenName(dice: Dice, sex: Person['sex'], taken: string[]): string {
  for (;;) {
    const name = dice.faker.person.firstName(sex);
    if (!taken.some((other) => other === name || areNameVariants(other, name))) return name;
  }
}

class Builder {
  private people = 0;

  person(dice: Dice, home: Home, parts: Partial<Person> & Pick<Person, 'familyName' | 'sex' | 'birthDate'>): Person {
    const index = this.people++;
    const givenName =
      parts.givenName ??
      distinctGivenName(
        dice,
        parts.sex,
        home.members.map((m) => m.givenName),
      );
    const person: Person = {
      id: `person-${String(index + 1).padStart(5, '0')}`,
      index,
      givenName,
      email: `${slug(givenName)}.${slug(parts.familyName)}${index}@${dice.pick(['example.com', 'example.net'])}`,
      mobile: mobileNumber(dice, home.country.code, index),
      ...parts,
    };
    home.members.push(person);
    return person;
  }

  home(number: number, dice: Dice, country: Country, street?: { name: string; city: string; postcode: string }): Home {
    const location = dice.faker.location;
    const streetName = street?.name ?? location.street();
    const houseNumber = dice.int(1, 120);
    return {
      id: `household-${String(number + 1).padStart(5, '0')}`,
      country,
      streetName,
      houseNumber,
      address: {
        street: `${houseNumber} ${streetName}`,
        city: street?.city ?? location.city(),
        postcode: street?.postcode ?? location.zipCode(),
      },
      landline: dice.chance(0.5) ? mobileNumber(dice, country.code, 5_000_000 + number) : undefined,
      members: [],
    };
  }
}

type Shape = 'single' | 'couple' | 'family' | 'parent and child of the same name' | 'flatmates';

/** Fills a home with people of one shape; returns the look-alike pairs it made. */
function fill(builder: Builder, dice: Dice, home: Home, shape: Shape): LookAlike[] {
  const family = dice.faker.person.lastName();
  const pairs: LookAlike[] = [];
  const pair = (a: Person, b: Person, kind: LookAlikeKind) => pairs.push({ a: a.id, b: b.id, kind });
  if (shape === 'single')
    builder.person(dice, home, { familyName: family, sex: dice.pick(['male', 'female']), birthDate: birthDate(dice, 1940, 2004) });
  if (shape === 'flatmates') {
    const mates = Array.from({ length: dice.int(2, 3) }, () =>
      builder.person(dice, home, {
        familyName: dice.faker.person.lastName(),
        sex: dice.pick(['male', 'female']),
        birthDate: birthDate(dice, 1985, 2004),
      }),
    );
    for (const [i, a] of mates.entries()) for (const b of mates.slice(i + 1)) pair(a, b, 'flatmates');
  }
  if (shape === 'couple' || shape === 'family') {
    const headYear = dice.int(1945, 1990);
    const head = builder.person(dice, home, { familyName: family, sex: 'male', birthDate: birthDate(dice, headYear, headYear) });
    const partner = builder.person(dice, home, {
      familyName: dice.chance(0.75) ? family : dice.faker.person.lastName(),
      sex: 'female',
      birthDate: birthDate(dice, headYear - 4, headYear + 4),
    });
    pair(head, partner, 'spouses');
    if (shape === 'family') children(builder, dice, home, family, headYear, pair);
  }
  if (shape === 'parent and child of the same name') {
    const year = dice.int(1940, 1970);
    const father = builder.person(dice, home, { familyName: family, sex: 'male', birthDate: birthDate(dice, year, year) });
    builder.person(dice, home, { familyName: family, sex: 'female', birthDate: birthDate(dice, year - 3, year + 3) });
    const son = builder.person(dice, home, {
      familyName: family,
      sex: 'male',
      givenName: father.givenName,
      birthDate: birthDate(dice, year + 22, year + 38),
    });
    pair(father, son, 'parent and child of the same name');
  }
  return pairs;
}

function children(
  builder: Builder,
  dice: Dice,
  home: Home,
  family: string,
  parentYear: number,
  pair: (a: Person, b: Person, kind: LookAlikeKind) => void,
): void {
  const kids: Person[] = [];
  const count = dice.int(1, 3);
  const twins = count >= 2 && dice.chance(0.4);
  for (let i = 0; i < count; i++) {
    // Two-year slots a year apart, the last ending by 2006: siblings (not twins) are born more than a year apart.
    const slot = Math.min(parentYear + 22, 2005 - 3 * (count - 1)) + 3 * i;
    const born = twins && i === 1 ? kids[0]!.birthDate : birthDate(dice, slot, slot + 1);
    const kid = builder.person(dice, home, { familyName: family, sex: dice.pick(['male', 'female']), birthDate: born });
    for (const other of kids) pair(other, kid, other.birthDate === kid.birthDate ? 'twins' : 'siblings');
    kids.push(kid);
  }
}

/** The record a source keeps of a person at home: identifiers personal, shared or none. */
function firstRecord(dice: Dice, person: Person, home: Home, recId: string): IdentitySetRecord {
  return {
    rec_id: recId,
    given_name: person.givenName,
    family_name: person.familyName,
    birth_date: dice.chance(0.05) ? undefined : person.birthDate,
    ...home.address,
    email: home.familyEmail && dice.chance(0.4) ? home.familyEmail : dice.chance(0.5) ? person.email : undefined,
    phone: home.landline && dice.chance(0.4) ? home.landline : dice.chance(0.4) ? person.mobile : undefined,
  };
}

function applicableKinds(person: Person): DuplicateKind[] {
  const [, month, day] = person.birthDate.split('-').map(Number) as [number, number, number];
  return duplicateKinds.filter(
    (kind) =>
      (kind !== 'nickname' || variantsOf(person.givenName).length > 0) && (kind !== 'transposed date' || (day <= 12 && day !== month)),
  );
}

/** A second record of the person, from another system, with one kind of difference. */
function duplicate(dice: Dice, person: Person, home: Home, recId: string, kind: DuplicateKind): IdentitySetRecord {
  const record: IdentitySetRecord = {
    rec_id: recId,
    given_name: person.givenName,
    family_name: person.familyName,
    birth_date: person.birthDate,
    ...home.address,
    // Another system knows the person's own mailbox or mobile now and then, never the family's.
    email: dice.chance(0.4) ? person.email : undefined,
    phone: dice.chance(0.3) ? person.mobile : undefined,
  };
  const [year, month, day] = person.birthDate.split('-');
  switch (kind) {
    case 'typo':
      return dice.chance(0.5)
        ? { ...record, given_name: misspell(dice, person.givenName) }
        : { ...record, family_name: misspell(dice, person.familyName) };
    case 'nickname': {
      const nick = dice.pick(variantsOf(person.givenName));
      return { ...record, given_name: nick.charAt(0).toUpperCase() + nick.slice(1) };
    }
    case 'initial':
      return { ...record, given_name: `${person.givenName.charAt(0)}.` };
    case 'swapped names':
      return { ...record, given_name: person.familyName, family_name: person.givenName };
    case 'moved house':
      return {
        ...record,
        street: `${dice.int(1, 200)} ${dice.faker.location.street()}`,
        city: dice.faker.location.city(),
        postcode: dice.faker.location.zipCode(),
      };
    case 'missing birth date':
      return { ...record, birth_date: undefined };
    case 'transposed date':
      return { ...record, birth_date: `${year}-${day}-${month}` };
  }
}

export interface IdentitySet {
  records: IdentitySetRecord[];
  truth: RecordTruth[];
  lookAlikes: LookAlike[];
}

/** About `people` people in households, with their records; the same seed gives the same set. */
export function identitySet(seed: number, people: number): IdentitySet {
  const builder = new Builder();
  const set: IdentitySet = { records: [], truth: [], lookAlikes: [] };
  let previous: Home | undefined;
  for (let number = 0, count = 0; count < people; number++) {
    const chooser = neutralDice([seed, 7, number]);
    const country = chooser.pick(english);
    const shape = chooser.weighted<Shape>([
      ['single', 40],
      ['couple', 22],
      ['family', 22],
      ['parent and child of the same name', 6],
      ['flatmates', 10],
    ]);
    const neighbour = previous && previous.country === country && chooser.chance(0.2) ? previous : undefined;
    const dice = localDice(country, [seed, 8, number]);
    const home = builder.home(
      number,
      dice,
      country,
      neighbour && { name: neighbour.streetName, city: neighbour.address.city, postcode: neighbour.address.postcode },
    );
    const pairs = fill(builder, dice, home, shape);
    if (home.members.length > 1 && dice.chance(0.5)) home.familyEmail = `${slug(home.members[0]!.familyName)}.family${number}@example.org`;
    if (neighbour) set.lookAlikes.push({ a: neighbour.members[0]!.id, b: home.members[0]!.id, kind: 'neighbours' });
    set.lookAlikes.push(...pairs);
    for (const person of home.members) {
      const first = `rec-${person.index}-0`;
      set.records.push(firstRecord(dice, person, home, first));
      set.truth.push({ recId: first, person: person.id, household: home.id });
      if (!dice.chance(duplicateRate)) continue;
      const kind = dice.pick(applicableKinds(person));
      const second = `rec-${person.index}-1`;
      set.records.push(duplicate(dice, person, home, second, kind));
      set.truth.push({ recId: second, person: person.id, household: home.id, duplicate: kind });
    }
    count += home.members.length;
    previous = home;
  }
  return set;
}

/** Writes `people.csv`, `truth.ndjson` and `look-alikes.ndjson` into `dir`. */
export function writeIdentitySet(set: IdentitySet, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const columns = ['rec_id', 'given_name', 'family_name', 'birth_date', 'street', 'city', 'postcode', 'email', 'phone'];
  writeFileSync(join(dir, 'people.csv'), stringify(set.records, { header: true, columns }));
  const lines = (items: object[]) => `${items.map((item) => JSON.stringify(item)).join('\n')}\n`;
  writeFileSync(join(dir, 'truth.ndjson'), lines(set.truth));
  writeFileSync(join(dir, 'look-alikes.ndjson'), lines(set.lookAlikes));
}
