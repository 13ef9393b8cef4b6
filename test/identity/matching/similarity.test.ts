import { describe, expect, it } from 'vitest';
import { bigramSimilarity, letters, nameSimilarity, typoDistance } from '../../../src/identity/matching/similarity.js';

describe('string similarity', () => {
  it('gives the published Jaro-Winkler values', () => {
    expect(nameSimilarity('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3);
    expect(nameSimilarity('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 3);
    expect(nameSimilarity('DIXON', 'DICKSONX')).toBeCloseTo(0.813, 3);
    expect(nameSimilarity('Green', 'Green')).toBe(1);
  });

  it('ignores case, spaces, punctuation and accents', () => {
    expect(letters("Soph ie O'Brien-Müller")).toBe('sophieobrienmuller');
    expect(nameSimilarity('SOPH IE', 'sophie')).toBe(1);
  });

  it('counts an adjacent swap as one edit', () => {
    expect(typoDistance('8871067', '8870167')).toBe(1);
    expect(typoDistance('4892623', '4892613')).toBe(1);
    expect(typoDistance('kitten', 'sitting')).toBe(3);
    expect(typoDistance('', 'abc')).toBe(3);
  });

  it('scores an address with swapped lines or inserted spaces close to the original', () => {
    expect(bigramSimilarity('27 mackinnon street jarrah', '27 jarrah mackinnon street')).toBeGreaterThan(0.85);
    expect(bigramSimilarity('57 bedford street rosall', '57 bedford s treet rosall')).toBe(1);
    expect(bigramSimilarity('7 wallaby place delmar', '350 perry drive walmarie')).toBeLessThan(0.3);
  });
});
