import { describe, expect, it } from 'vitest';
import { duplicateRecall, householdQuality } from '../../../src/identity/matching/household-quality.js';
import type { PersonFeatures } from '../../../src/identity/matching/person-features.js';

describe('quality by kind on a set with households', () => {
  // Two people of a Reykjavík household, each with a second record: a typo, and a move with nothing more in common.
  const home = { street: 'Laugavegur 22', city: 'Reykjavík', postcode: '101' };
  const records: PersonFeatures[] = [
    { key: 'g0', givenName: 'Guðrún', familyName: 'Jónsdóttir', birthDate: '1984-09-30', ...home },
    { key: 'g1', givenName: 'Gurún', familyName: 'Jónsdóttir', birthDate: '1984-09-30', ...home },
    { key: 'h0', givenName: 'Hrafn', familyName: 'Sigurðsson', birthDate: '1981-01-12', ...home },
    {
      key: 'h1',
      givenName: 'Hrafn',
      familyName: 'Sigurðsson',
      birthDate: '1981-01-12',
      street: 'Hafnarstræti 4',
      city: 'Akureyri',
      postcode: '600',
    },
  ];
  const truth = [
    { recId: 'g0', person: 'G', household: 'H1' },
    { recId: 'g1', person: 'G', household: 'H1', duplicate: 'typo' as const },
    { recId: 'h0', person: 'R', household: 'H1' },
    { recId: 'h1', person: 'R', household: 'H1', duplicate: 'moved house' as const },
  ];
  const customers = new Map([
    ['g0', 'c1'],
    ['g1', 'c1'],
    ['h0', 'c2'],
    ['h1', 'c3'],
  ]);

  it('counts merged, in review and held by the household rules, and the recall those allow', () => {
    const byKey = new Map(records.map((record) => [record.key, record]));
    const quality = householdQuality(
      truth,
      [{ a: 'G', b: 'R', kind: 'spouses' }],
      (id) => customers.get(id),
      (a, b) => [a, b].sort().join() === 'c2,c3',
      (id) => byKey.get(id)!,
    );
    expect(quality.lookAlikes.get('spouses')).toEqual({ pairs: 1, merged: 0 });
    expect(quality.duplicates.get('typo')).toEqual({ pairs: 1, merged: 1, review: 0, missed: 0, heldByRules: 0 });
    expect(quality.duplicates.get('moved house')).toEqual({ pairs: 1, merged: 0, review: 1, missed: 0, heldByRules: 1 });
    expect(duplicateRecall(quality)).toEqual({ merged: 0.5, mergedOrReview: 1, allowedByRules: 0.5 });
  });
});
