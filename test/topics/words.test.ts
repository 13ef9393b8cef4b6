import { describe, expect, it } from 'vitest';
import { topicRulesOf } from '../../src/topics/rules.js';
import { termOf, termsOf, wordsOf } from '../../src/topics/words.js';

const rules = topicRulesOf({ synonyms: { 'Ski Touring': ['randonnée', 'skinning'] }, stopWords: ['for', 'the'] }, 'test rules');

describe('words and terms', () => {
  it('cuts free text into stemmed words, without case, accents or punctuation', () => {
    expect(wordsOf('Any good shoes for Trail-Running in mud?')).toEqual(['ani', 'good', 'shoe', 'for', 'trail', 'run', 'in', 'mud']);
    expect(wordsOf('Randonnée  GEAR')).toEqual(['randonne', 'gear']);
    expect(wordsOf(null)).toEqual([]);
  });

  it('gives a topic its name and synonyms as terms, without stop words', () => {
    expect(termsOf(' SKI touring ', rules)).toEqual(['ski tour', 'randonne', 'skin']);
    expect(termOf('shoes for the running', rules)).toBe('shoe run');
    // A term of nothing but stop words keeps them rather than matching every text.
    expect(termOf('for the', rules)).toBe('for the');
  });

  it('refuses bad rules, naming the field', () => {
    expect(() => topicRulesOf({ synonyms: { hiking: [] } }, 'rules/topics.yaml')).toThrow(/^rules\/topics.yaml: synonyms.hiking: /);
    expect(() => topicRulesOf({ synonym: {} }, 'rules/topics.yaml')).toThrow(/Unrecognized key/);
  });

  it('fingerprints the rules, so a change relinks the topics', () => {
    expect(topicRulesOf({ synonyms: { a: ['b'] } }, 'x').fingerprint).not.toBe(topicRulesOf({ synonyms: { a: ['c'] } }, 'x').fingerprint);
  });
});
