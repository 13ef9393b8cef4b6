import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../project.js';

/** The lead qualification rules of rules/leads.yaml, checked with zod. */
export const factKinds = ['talked', 'searched', 'browsed', 'bought', 'complained'] as const;
export type FactKind = (typeof factKinds)[number];
export const recommendations = ['SALES_CALL', 'EARLY_STAGE_CAMPAIGN', 'UPSELL', 'SERVICE_FIRST', 'NONE'] as const;
export type Recommendation = (typeof recommendations)[number];

const factRule = z.object({ weight: z.number().positive(), windowDays: z.number().int().positive() });

const rulesSchema = z
  .object({
    halfLifeDays: z.number().positive(),
    facts: z.object(Object.fromEntries(factKinds.map((kind) => [kind, factRule])) as Record<FactKind, typeof factRule>),
    sentimentThreshold: z.number().min(0).max(1),
    recommendations: z
      .array(
        z.object({
          recommendation: z.enum(recommendations).exclude(['NONE']),
          when: z.union([z.enum(factKinds), z.array(z.enum(factKinds)).min(1)]).transform((when) => (Array.isArray(when) ? when : [when])),
        }),
      )
      .min(1),
    unknownResolutionOpenDays: z.number().int().positive(),
    contactChannels: z.record(z.string(), z.enum(['EMAIL_MARKETING', 'SMS_MARKETING', 'PROFILING', 'THIRD_PARTY_SHARING'])),
    profilingPurpose: z.enum(['EMAIL_MARKETING', 'SMS_MARKETING', 'PROFILING', 'THIRD_PARTY_SHARING']),
    nextBestAction: z.object({
      maxContacts: z.number().int().min(1),
      perDays: z.number().int().min(1),
      topics: z.number().int().min(1).max(10),
    }),
  })
  .refine((rules) => rules.unknownResolutionOpenDays <= rules.facts.complained.windowDays, {
    path: ['unknownResolutionOpenDays'],
    message: 'must be at most facts.complained.windowDays',
  });

export type LeadRules = z.infer<typeof rulesSchema>;

export function loadLeadRules(file = join(projectRoot, 'rules', 'leads.yaml')): LeadRules {
  const parsed = rulesSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}
