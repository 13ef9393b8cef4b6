import { distance } from 'fastest-levenshtein';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/generator/catalog.js';
import { countries } from '../../src/generator/countries.js';
import { emailVariant, misspell, writeName } from '../../src/generator/dirt.js';
import { IdBook } from '../../src/generator/ids.js';
import { anyStyle, mobileNumber, writePhone } from '../../src/generator/phones.js';
import { neutralDice } from '../../src/generator/randomness.js';

describe('dirt', () => {
  const dice = neutralDice([1]);

  it('misspells with one slip of the finger', () => {
    for (const name of ['Alexander', 'Müller', 'García', 'Lee']) {
      for (let i = 0; i < 50; i++) expect(distance(misspell(dice, name), name)).toBeLessThanOrEqual(2);
    }
  });

  it('varies emails only in case and surrounding space', () => {
    for (let i = 0; i < 50; i++) expect(emailVariant(dice, 'jane.doe12@example.com').trim().toLowerCase()).toBe('jane.doe12@example.com');
  });

  it('swaps and leaves out names at the rates asked', () => {
    expect(writeName(dice, 'Jane', 'Doe', { typo: 0, recase: 0, respace: 0, swap: 1, missing: 0 })).toEqual({
      givenName: 'Doe',
      familyName: 'Jane',
    });
    expect(writeName(dice, 'Jane', 'Doe', { typo: 0, recase: 0, respace: 0, swap: 0, missing: 1 })).toEqual({
      givenName: undefined,
      familyName: undefined,
    });
  });
});

describe('phones', () => {
  it('gives every person of every country a valid mobile number of their own', () => {
    for (const country of countries) {
      const dice = neutralDice([2]);
      const numbers = Array.from({ length: 2000 }, (_, i) => mobileNumber(dice, country.code, i * 37));
      expect(new Set(numbers).size, country.code).toBe(numbers.length);
      expect(
        numbers.every((n) => parsePhoneNumberFromString(n)?.country === country.code),
        country.code,
      ).toBe(true);
    }
  });

  it('writes every style so that it reads back as the same number in the source region', () => {
    const dice = neutralDice([3]);
    for (const country of countries) {
      const e164 = mobileNumber(dice, country.code, 42);
      for (const style of anyStyle)
        expect(parsePhoneNumberFromString(writePhone(e164, style, 'GB'), 'GB')?.number, `${country.code} ${style}`).toBe(e164);
    }
  });
});

describe('ids and catalog', () => {
  it('never gives two records the same id, nor an unknown id to any record', () => {
    const ids = new Set<string>();
    for (let person = 0; person < 2000; person++) {
      const book = new IdBook(person);
      for (let n = 0; n < 20; n++) ids.add(book.next('shopOrder'));
      ids.add(book.unknown('shopOrder'));
    }
    expect(ids.size).toBe(2000 * 21);
  });

  it('builds a catalog of a few hundred uniquely named products with SKUs and prices', () => {
    const { products } = buildCatalog(5);
    expect(products.length).toBeGreaterThanOrEqual(200);
    expect(new Set(products.map((p) => p.sku)).size).toBe(products.length);
    expect(new Set(products.map((p) => p.name)).size).toBe(products.length);
    expect(products.every((p) => p.pence > 0 && p.leaf.path.length === 3)).toBe(true);
  });
});
