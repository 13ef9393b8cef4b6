import { stemmer } from 'stemmer';
import type { TopicRules } from './rules.js';

/**
 * The one way texts and terms are cut into words, so that a topic, a lead's subject and an
 * audience's terms all match the same texts: lower case, accents removed, split at anything that
 * is not a letter or digit, each word reduced to its English stem (stemmer, Porter's algorithm).
 */
const plainWords = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const stems = (words: string[]) => [...new Set(words.map((word) => stemmer(word)))];

export function wordsOf(text: string | null | undefined): string[] {
  return text ? stems(plainWords(text)) : [];
}

/**
 * A term as the Cypher matches it: its words without stop words, joined by spaces (a term whose
 * every word is a stop word keeps them, rather than matching everything).
 */
export function termOf(text: string, rules: TopicRules): string {
  const words = plainWords(text);
  const kept = words.filter((word) => !rules.stopWords.has(word));
  return stems(kept.length ? kept : words).join(' ');
}

/** The terms of a name: the name itself and, when it is a topic with synonyms, each synonym. */
export function termsOf(name: string, rules: TopicRules): string[] {
  const key = name.trim().toLowerCase();
  return [...new Set([key, ...(rules.synonyms.get(key) ?? [])].map((text) => termOf(text, rules)).filter(Boolean))];
}
