import { describe, expect, it } from 'vitest';
import { decide, scorePair, thresholds, valueShares, type PersonFeatures } from '../../../src/identity/matching/index.js';

const mitchell: PersonFeatures = {
  key: 'a',
  givenName: 'Mitchell',
  familyName: 'Green',
  birthDate: '1956-04-09',
  street: '7 wallaby place delmar',
  city: 'Cleveland',
  postcode: '2119',
  region: 'sa',
  nationalId: '1804974',
};
const stranger: PersonFeatures = {
  key: 'z',
  givenName: 'Harley',
  familyName: 'Mccarthy',
  birthDate: '1908-04-19',
  street: '177 pridham street milton',
  city: 'Marsden',
  postcode: '3165',
  region: 'nsw',
  nationalId: '6089216',
};
const copy = (changes: Partial<PersonFeatures>): PersonFeatures => ({ ...mitchell, key: 'b', ...changes });

describe('scoring a pair of person records', () => {
  it('merges the same person and keeps strangers apart', () => {
    expect(decide(scorePair(mitchell, copy({})).score)).toBe('merge');
    expect(decide(scorePair(mitchell, stranger).score)).toBe('distinct');
  });

  it('tolerates a typo in a name and says how close it is', () => {
    const { score, reasons } = scorePair(mitchell, copy({ familyName: 'Gren', nationalId: undefined }));
    expect(reasons).toContain("family name 'Green' ~ 'Gren' (0.95)");
    expect(decide(score)).toBe('merge');
  });

  it('reads swapped given and family names crossed', () => {
    const { score, reasons } = scorePair(mitchell, copy({ givenName: 'Green', familyName: 'Mitchell', nationalId: undefined }));
    expect(reasons).toContain('given and family names swapped');
    expect(reasons).toContain("given name 'Mitchell' = family name 'Mitchell'");
    expect(decide(score)).toBe('merge');
  });

  it('does not read names crossed just to hide a disagreement behind a missing name', () => {
    const { reasons } = scorePair({ key: 'a', familyName: 'Rundle' }, { key: 'b', familyName: 'Wilksn' });
    expect(reasons).toEqual(["different family names 'Rundle' / 'Wilksn'"]);
  });

  it('counts a birth date with day and month swapped as evidence, not a disagreement', () => {
    const transposed = scorePair(mitchell, copy({ birthDate: '1956-09-04', nationalId: undefined }));
    const different = scorePair(mitchell, copy({ birthDate: '1971-09-04', nationalId: undefined }));
    expect(transposed.reasons).toContain('birth dates with day and month swapped (1956-04-09 / 1956-09-04)');
    expect(transposed.score).toBeGreaterThan(different.score);
    expect(decide(transposed.score)).toBe('merge');
  });

  it('treats a missing value as neither for nor against', () => {
    const { birthDate: _, ...withoutBirthDate } = mitchell;
    const missingOnOneSide = scorePair(mitchell, copy({ birthDate: undefined }));
    const missingOnBoth = scorePair(withoutBirthDate, copy({ birthDate: undefined }));
    expect(missingOnOneSide).toEqual(missingOnBoth);
    expect(missingOnOneSide.reasons.join(' ')).not.toMatch(/birth/);
    expect(scorePair({ key: 'a' }, { key: 'b' }).score).toBeCloseTo(0.01, 3);
  });

  it('takes a national id one or two characters off as evidence for one person', () => {
    // Only names, city and region left, so the national id decides.
    const a = { ...mitchell, birthDate: undefined, street: undefined, postcode: undefined };
    const withId = (nationalId?: string) => scorePair(a, { ...a, key: 'b', nationalId });
    const [absent, oneOff, twoOff, different] = [undefined, '1804794', '1805794', '5556499'].map(withId);
    expect(oneOff!.reasons).toContain('national id differs by 1 character (1804974 / 1804794)');
    expect(twoOff!.reasons).toContain('national id differs by 2 characters (1804974 / 1805794)');
    expect(decide(oneOff!.score)).toBe('merge');
    expect(twoOff!.score).toBeGreaterThan(absent!.score);
    expect(different!.score).toBeLessThan(absent!.score);
  });

  it('weakens an agreement on a value many customers share', () => {
    const londoners = Array.from({ length: 40 }, (_, i): PersonFeatures => ({ key: `l${i}`, city: i < 20 ? 'London' : `Town ${i}` }));
    const shares = valueShares(londoners);
    const a: PersonFeatures = { key: 'a', givenName: 'Ivy', city: 'London', birthDate: '1980-03-02' };
    const b: PersonFeatures = { key: 'b', givenName: 'Ivy', city: 'London', birthDate: '1989-03-02' };
    const weakened = scorePair(a, b, shares);
    expect(weakened.score).toBeLessThan(scorePair(a, b).score);
    expect(weakened.reasons).toContain("same city 'London' (common: 50% of customers)");
  });

  it('sorts the reasons from strongest for to strongest against', () => {
    const { reasons } = scorePair(mitchell, copy({ givenName: 'Maddison', nationalId: '9999999' }));
    expect(reasons[0]).toBe('same birth date');
    expect(reasons.at(-2)).toBe('different national ids 1804974 / 9999999');
    // A given name that disagrees keeps them apart whatever the address says, and the reasons say so.
    expect(reasons.at(-1)).toMatch(/^kept apart: different given names 'Mitchell' \/ 'Maddison'/);
  });

  it('decides by the thresholds', () => {
    expect(thresholds.autoMerge).toBeGreaterThan(thresholds.review);
    expect(decide(thresholds.autoMerge)).toBe('merge');
    expect(decide((thresholds.autoMerge + thresholds.review) / 2)).toBe('review');
    expect(decide(thresholds.review - 0.01)).toBe('distinct');
  });
});
