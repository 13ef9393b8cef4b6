import { describe, expect, it } from 'vitest';
import { estimateProbabilities } from '../../../src/identity/matching/estimate-probabilities.js';
import type { PersonFeatures } from '../../../src/identity/matching/index.js';

describe('estimating m and u from labelled records', () => {
  it('measures m over pairs of one person and u over pairs of strangers', () => {
    const people: PersonFeatures[] = [
      { key: 'a1', familyName: 'Green' },
      { key: 'a2', familyName: 'Green' },
      { key: 'b1', familyName: 'Zilm' },
      { key: 'c1', familyName: 'Berry' },
    ];
    const truth = new Map([
      ['a1', 'A'],
      ['a2', 'A'],
      ['b1', 'B'],
      ['c1', 'C'],
    ]);
    const estimates = estimateProbabilities(people, truth, 1000);
    const same = estimates.find(({ field, level }) => field === 'familyName' && level === 'same')!;
    const different = estimates.find(({ field, level }) => field === 'familyName' && level === 'different')!;
    // One pair of one person, agreeing: m = (1 + 0.5) / (1 + 1). Strangers never share a name here.
    expect(same.m).toBeCloseTo(0.75);
    expect(same.u).toBeCloseTo(0.5 / 1001);
    expect(different.u).toBeGreaterThan(0.99);
  });
});
