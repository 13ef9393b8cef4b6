import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { signalTypes, touchpointTypes } from '../vocabulary.js';
import { projectRoot } from '../project.js';

/**
 * The stage rule of rules/journey-stages.yaml, checked with zod. Code classifies a journey's steps
 * with `stageOf`; the Cypher of the path statistics gets the same rules as `$stages` and
 * evaluates them with the same first-match semantics.
 */
export const journeyStages = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'] as const;
export type JourneyStage = (typeof journeyStages)[number];

export const eventTypes = ['ORDER', ...touchpointTypes, ...signalTypes] as const;

const ruleSchema = z.strictObject({
  events: z.array(z.enum(eventTypes)).min(1).optional(),
  bought: z.boolean().optional(),
  aboutProduct: z.boolean().optional(),
  minScore: z.number().int().min(0).max(10).optional(),
  minSentiment: z.number().min(-1).max(1).optional(),
  stage: z.enum(journeyStages),
});

const tableSchema = z.strictObject({ rules: z.array(ruleSchema).min(1) });

export type StageRule = z.infer<typeof ruleSchema>;

/** What the rule looks at in an event. */
export interface StagedEvent {
  type: string;
  bought: boolean;
  aboutProduct?: boolean;
  score?: number | null;
  sentiment?: number | null;
}

export function matches(rule: StageRule, event: StagedEvent): boolean {
  return (
    (rule.events === undefined || (rule.events as string[]).includes(event.type)) &&
    (rule.bought === undefined || rule.bought === event.bought) &&
    (rule.aboutProduct === undefined || rule.aboutProduct === (event.aboutProduct ?? false)) &&
    (rule.minScore === undefined || (event.score ?? -1) >= rule.minScore) &&
    (rule.minSentiment === undefined || (event.sentiment ?? -2) >= rule.minSentiment)
  );
}

export interface StageTable {
  rules: StageRule[];
  stageOf(event: StagedEvent): JourneyStage;
  /** The rules as the Cypher statements take them: every key present, null where a rule has no condition. */
  cypherParam: Record<string, unknown>[];
}

export function loadStageTable(file = join(projectRoot, 'rules', 'journey-stages.yaml')): StageTable {
  const parsed = tableSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const { rules } = parsed.data;
  // A plain event (no product, no score, no sentiment) of every type must land somewhere, bought or not.
  const unstaged = eventTypes.flatMap((type) =>
    [false, true]
      .filter((bought) => !rules.some((rule) => matches(rule, { type, bought })))
      .map((bought) => `${type} ${bought ? 'after' : 'before'} a first purchase`),
  );
  if (unstaged.length) throw new Error(`${file}: no rule gives a stage to ${unstaged.join(', ')}`);
  return {
    rules,
    stageOf: (event) => rules.find((rule) => matches(rule, event))!.stage,
    cypherParam: rules.map((rule) => ({
      events: rule.events ?? null,
      bought: rule.bought ?? null,
      aboutProduct: rule.aboutProduct ?? null,
      minScore: rule.minScore ?? null,
      minSentiment: rule.minSentiment ?? null,
      stage: rule.stage,
    })),
  };
}

export const stageTable = loadStageTable();
