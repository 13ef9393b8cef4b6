import { countries, type Country } from './countries.js';
import { createPerson, slug, type Person, type Role } from './people.js';
import { localDice, neutralDice, type Dice } from './randomness.js';

/**
 * People come in households: members share an address and usually a family name, and some
 * share one family mailbox while the CRM gives each a customer number of their own (the classic
 * false merge). Households are generated one at a time, so memory does not grow with the run.
 */
export interface Address {
  street: string;
  city: string;
  postcode: string;
  region: string;
}

export interface Household {
  number: number;
  country: Country;
  address: Address;
  familyEmail?: string;
  members: Person[];
  /** The household's randomness; valid until the next household is generated. */
  dice: Dice;
}

function address(dice: Dice, country: Country): Address {
  const location = dice.faker.location;
  return {
    street: location.streetAddress(),
    city: location.city(),
    postcode: location.zipCode(),
    region: country.code === 'GB' ? location.county() : location.state(),
  };
}

function roles(size: number): Role[] {
  return Array.from({ length: size }, (_, i) => (i === 0 ? 'head' : i === 1 ? 'partner' : 'child'));
}

function household(seed: number, number: number, firstIndex: number, size: number, country: Country): Household {
  const dice = localDice(country, [seed, 2, number]);
  const headFamilyName = dice.faker.person.lastName();
  const familyEmail = size > 1 && dice.chance(0.5) ? `${slug(headFamilyName)}.family${number}@example.org` : undefined;
  const members = roles(size).map((role, i) => {
    const familyName = role === 'partner' && dice.chance(0.3) ? dice.faker.person.lastName() : headFamilyName;
    return createPerson(dice, firstIndex + i, country, { role, familyName, sharesFamilyEmail: familyEmail !== undefined });
  });
  return { number, country, address: address(dice, country), familyEmail, members, dice };
}

/** Households until `customers` people exist (the last one may be cut short). */
export function* households(seed: number, customers: number): Generator<Household> {
  for (let number = 0, index = 0; index < customers; number++) {
    const chooser = neutralDice([seed, 1, number]);
    const country = chooser.weighted(countries.map((c) => [c, c.share] as const));
    const size = Math.min(
      chooser.weighted([
        [1, 50],
        [2, 28],
        [3, 13],
        [4, 9],
      ] as const),
      customers - index,
    );
    yield household(seed, number, index, size, country);
    index += size;
  }
}
