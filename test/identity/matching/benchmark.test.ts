import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { febrl, splinkFake } from '../../../src/identity/matching/benchmark-data.js';
import { pairwiseQuality, resolvePeople } from '../../../src/identity/matching/index.js';
import { projectRoot } from '../../../src/project.js';

const folder = join(projectRoot, '..', 'shared', 'data', 'identity');

describe('identity resolution on public data with ground truth', () => {
  it('finds the data set next to the repository', () => {
    expect(existsSync(join(folder, 'febrl-dataset3.csv'))).toBe(true);
  });

  it('reaches F1 0.99 with precision 0.995 on febrl-dataset3', () => {
    const { people, truth } = febrl('febrl-dataset3', ['febrl-dataset3.csv']);
    expect(people).toHaveLength(5000);
    const resolution = resolvePeople(people);
    const quality = pairwiseQuality(resolution.clusters, truth);
    expect(quality.truePairs).toBe(6538);
    expect(quality.precision).toBeGreaterThanOrEqual(0.995);
    expect(quality.f1).toBeGreaterThanOrEqual(0.99);
    // Blocking keeps the work near linear: far fewer pairs than the 12.5 million of all against all.
    expect(resolution.compared).toBeLessThan(10 * people.length);
  });

  it('holds the same settings on febrl-dataset4a+4b, two sources', () => {
    const { people, truth } = febrl('febrl-dataset4a+4b', ['febrl-dataset4a.csv', 'febrl-dataset4b.csv']);
    const quality = pairwiseQuality(resolvePeople(people).clusters, truth);
    expect(quality.precision).toBeGreaterThanOrEqual(0.995);
    expect(quality.f1).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps F1 0.97 on splink-fake-1000, whose names and places are typed out of order', () => {
    const { people, truth } = splinkFake();
    const quality = pairwiseQuality(resolvePeople(people).clusters, truth);
    expect(quality.precision).toBeGreaterThanOrEqual(0.995);
    expect(quality.f1).toBeGreaterThanOrEqual(0.97);
  });
});
