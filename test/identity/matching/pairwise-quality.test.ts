import { describe, expect, it } from 'vitest';
import { pairwiseQuality } from '../../../src/identity/matching/index.js';

describe('pairwise quality', () => {
  it('counts pairs from cluster intersections, as counted by hand', () => {
    // Truth: P = {1, 2, 3}, Q = {4, 5}, R = {6}: true pairs 12 13 23 45 = 4.
    const truth = new Map([
      ['1', 'P'],
      ['2', 'P'],
      ['3', 'P'],
      ['4', 'Q'],
      ['5', 'Q'],
      ['6', 'R'],
    ]);
    // Predicted: X = {1, 2}, Y = {3, 4, 5, 6}: predicted pairs 12 34 35 36 45 46 56 = 7; correct 12 45 = 2.
    const predicted = new Map([
      ['1', 'X'],
      ['2', 'X'],
      ['3', 'Y'],
      ['4', 'Y'],
      ['5', 'Y'],
      ['6', 'Y'],
    ]);
    const quality = pairwiseQuality(predicted, truth);
    expect(quality).toMatchObject({ truePairs: 4, predictedPairs: 7, correctPairs: 2 });
    expect(quality.precision).toBeCloseTo(2 / 7);
    expect(quality.recall).toBeCloseTo(2 / 4);
    expect(quality.f1).toBeCloseTo((2 * (2 / 7) * (2 / 4)) / (2 / 7 + 2 / 4));
  });

  it('takes a record missing from the prediction as alone', () => {
    const truth = new Map([
      ['1', 'P'],
      ['2', 'P'],
    ]);
    expect(pairwiseQuality(new Map([['1', 'X']]), truth)).toMatchObject({
      predictedPairs: 0,
      correctPairs: 0,
      precision: 1,
      recall: 0,
      f1: 0,
    });
  });

  it('is perfect when the prediction is the truth', () => {
    const truth = new Map([
      ['1', 'P'],
      ['2', 'P'],
      ['3', 'Q'],
    ]);
    expect(pairwiseQuality(truth, truth)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});
