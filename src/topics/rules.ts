import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../project.js';

/** The topic rules of rules/topics.yaml, checked with zod: synonyms and the words terms leave out. */
const word = z
  .string()
  .trim()
  .min(1)
  .transform((value) => value.toLowerCase());

const rulesSchema = z.strictObject({
  synonyms: z.record(word, z.array(word).min(1)).default({}),
  stopWords: z.array(word).default([]),
});

export interface TopicRules {
  synonyms: Map<string, string[]>;
  stopWords: Set<string>;
  /** Changes whenever the rules do: the stored topic links are recomputed when it differs. */
  fingerprint: string;
}

export function topicRulesOf(input: unknown, origin: string): TopicRules {
  const parsed = rulesSchema.safeParse(input);
  if (!parsed.success)
    throw new Error(`${origin}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const { synonyms, stopWords } = parsed.data;
  return {
    synonyms: new Map(Object.entries(synonyms)),
    stopWords: new Set(stopWords),
    fingerprint: createHash('sha256').update(JSON.stringify(parsed.data)).digest('hex'),
  };
}

export function loadTopicRules(file = join(projectRoot, 'rules', 'topics.yaml')): TopicRules {
  return topicRulesOf(parse(readFileSync(file, 'utf8')), file);
}

export const topicRules = loadTopicRules();
