import { describe, expect, it } from 'vitest';
import { clusters } from '../../../src/identity/matching/index.js';

describe('clusters', () => {
  it('joins chains of merges into one cluster named by its first record', () => {
    const result = clusters(
      ['a', 'b', 'c', 'd', 'e'],
      [
        { a: 'c', b: 'b' },
        { a: 'd', b: 'c' },
        { a: 'e', b: 'e' },
      ],
    );
    expect(Object.fromEntries(result)).toEqual({ a: 'a', b: 'b', c: 'b', d: 'b', e: 'e' });
  });

  it('does not depend on the order of the merges', () => {
    const keys = ['r1', 'r2', 'r3', 'r4'];
    const merges = [
      { a: 'r4', b: 'r3' },
      { a: 'r2', b: 'r1' },
      { a: 'r3', b: 'r2' },
    ];
    expect(clusters(keys, merges)).toEqual(clusters(keys, [...merges].reverse()));
    expect(new Set(clusters(keys, merges).values())).toEqual(new Set(['r1']));
  });

  it('refuses a merge naming an unknown record', () => {
    expect(() => clusters(['a'], [{ a: 'a', b: 'x' }])).toThrow('merge of an unknown record: x');
  });
});
