import { describe, expect, it } from 'vitest';
import { blockingKeys, blockPeople, candidatePairs, type PersonFeatures } from '../../../src/identity/matching/index.js';

const shareAKey = (a: PersonFeatures, b: PersonFeatures) => blockingKeys(a).some((key) => blockingKeys(b).includes(key));

// Pairs of records of one person from febrl-dataset3, each damaged in a different way.
const duplicates: Array<[string, PersonFeatures, PersonFeatures]> = [
  [
    'a typo in the family name and a different national id',
    { key: 'org', givenName: 'Lara', familyName: 'Slape', birthDate: '1901-09-27', postcode: '6020', nationalId: '2204911' },
    { key: 'dup', givenName: 'Lara', familyName: 'Slpee', birthDate: '1901-09-27', postcode: '6002', nationalId: '2204711' },
  ],
  [
    'swapped names, another birth date and a different national id',
    { key: 'org', givenName: 'Isabelle', familyName: 'Kaminskas', birthDate: '1906-06-22', postcode: '2765', nationalId: '5344955' },
    { key: 'dup', givenName: 'Kaminskas', familyName: 'Isabele', birthDate: '1960-06-22', postcode: '2765', nationalId: '9770315' },
  ],
  [
    'no given name on either side and a replaced family name',
    { key: 'org', familyName: 'Rundle', birthDate: '1964-01-05', postcode: '4020', nationalId: '8384590' },
    { key: 'dup', familyName: 'Wilksn', birthDate: '1964-01-05', postcode: '4020', nationalId: '5556499' },
  ],
  [
    'day and month swapped and a moved address',
    { key: 'org', givenName: 'Sophie', familyName: 'Nicolle', birthDate: '1911-10-01', postcode: '4740' },
    { key: 'dup', givenName: 'Sophie', familyName: 'Nicole', birthDate: '1911-01-10', postcode: '2600' },
  ],
  [
    'no birth date and a transposed postcode',
    { key: 'org', givenName: 'Emiily', familyName: 'Hingston', city: 'Mooroolbark', postcode: '2565', nationalId: '6897463' },
    { key: 'dup', givenName: 'Emiily', familyName: 'Hingstxon', city: 'Mooroolbark', postcode: '2556', nationalId: '4431563' },
  ],
];

describe('blocking', () => {
  it.each(duplicates)('puts known duplicates in one block: %s', (_damage, a, b) => {
    expect(shareAKey(a, b)).toBe(true);
  });

  it('keeps strangers apart', () => {
    expect(shareAKey(duplicates[0]![1], duplicates[1]![1])).toBe(false);
  });

  it('gives a record without any usable field no key', () => {
    expect(blockingKeys({ key: 'empty' })).toEqual([]);
  });

  it('skips a key shared by too many people and says so', () => {
    const crowd = Array.from(
      { length: 5 },
      (_, i): PersonFeatures => ({ key: `p${i}`, givenName: 'Jack', familyName: `Name${i}`, birthDate: '1950-01-01' }),
    );
    const { blocks, oversized } = blockPeople(crowd, 4);
    expect(oversized).toContainEqual({ key: 'birth-date+initial:1950-01-01:j', size: 5 });
    expect(blocks.every((block) => block.length <= 4)).toBe(true);
  });
});

describe('candidate pairs', () => {
  const people = duplicates.flatMap(([damage, a, b]) => [
    { ...a, key: `${damage}/org` },
    { ...b, key: `${damage}/dup` },
  ]);

  it('scores every pair sharing a key once', () => {
    const pairs = candidatePairs(people);
    const named = pairs.map(({ a, b }) => [a, b].sort().join(' + '));
    expect(new Set(named).size).toBe(named.length);
    for (const [damage] of duplicates) expect(named).toContain(`${damage}/dup + ${damage}/org`);
    expect(pairs.every(({ score, reasons }) => score >= 0 && score <= 1 && reasons.length > 0)).toBe(true);
  });

  it('does not score pairs already joined, and reports skipped blocks', () => {
    const skipped: string[] = [];
    const pairs = candidatePairs(people, {
      alreadyJoined: (a, b) => a.split('/')[0] === b.split('/')[0],
      maxBlockSize: 1,
      onOversizedBlock: (key) => skipped.push(key),
    });
    expect(pairs).toEqual([]);
    expect(skipped.length).toBeGreaterThan(0);
  });
});
