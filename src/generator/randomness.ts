import { Faker, base, en } from '@faker-js/faker';
import { countries, type Country, type CountryCode } from './countries.js';

/**
 * Seeded randomness, never Math.random. Every household (and the catalog) gets its own seed
 * derived from the run's seed, so its data does not depend on how much randomness earlier
 * households used: the same seed gives the same bytes, and a larger run starts with the same people.
 */
export class Dice {
  constructor(readonly faker: Faker) {}

  chance(probability: number): boolean {
    return this.faker.number.float() < probability;
  }

  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    return this.faker.helpers.weightedArrayElement(choices.map(([value, weight]) => ({ value, weight })));
  }

  /** A Poisson count: how many times something happens when it happens `mean` times on average. */
  count(mean: number): number {
    const limit = Math.exp(-mean);
    let n = 0;
    for (let p = this.faker.number.float(); p > limit; p *= this.faker.number.float()) n++;
    return n;
  }

  shuffle<T>(items: T[]): T[] {
    return this.faker.helpers.shuffle(items);
  }

  uuid(): string {
    return this.faker.string.uuid();
  }
}

// One faker per locale, created once (they are costly) and re-seeded for every use.
const neutral = new Faker({ locale: [en, base] });
const local = new Map<CountryCode, Faker>(countries.map((country) => [country.code, new Faker({ locale: country.locale })]));

/** Dice for choices that have no locale (country, household size, catalog). */
export function neutralDice(seed: readonly number[]): Dice {
  neutral.seed([...seed]);
  return new Dice(neutral);
}

/** Dice whose faker writes names and addresses of `country`. */
export function localDice(country: Country, seed: readonly number[]): Dice {
  const faker = local.get(country.code)!;
  faker.seed([...seed]);
  return new Dice(faker);
}
