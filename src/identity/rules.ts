import { readFileSync } from 'node:fs';
import { distance } from 'fastest-levenshtein';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../project.js';

/** The identity-resolution rules of rules/identity.yaml, checked with zod. */
export const identityTypes = ['CRM_ID', 'NATIONAL_ID', 'LOYALTY_ID', 'USER_ID', 'EMAIL', 'PHONE', 'SOCIAL_HANDLE', 'DEVICE_ID'] as const;
export type IdentityType = (typeof identityTypes)[number];

const rulesSchema = z.object({
  identifiers: z.record(
    z.enum(identityTypes),
    z.object({
      maxPerCustomer: z.number().int().positive(),
      typoTolerance: z.number().int().min(0).max(3).default(0),
    }),
  ),
  blocked: z
    .object({
      any: z.array(z.string()).default([]),
      patterns: z.array(z.string()).default([]),
    })
    .catchall(z.array(z.string())),
});

export interface IdentityRules {
  /** Identifier types, strongest first. */
  priority: IdentityType[];
  maxPerCustomer: Record<IdentityType, number>;
  isBlocked(type: IdentityType, value: string): boolean;
  /** How many different values these are, counting typo variants (within the type's tolerance) as one. */
  countDistinct(type: IdentityType, values: Iterable<string>): number;
}

export function loadIdentityRules(file = join(projectRoot, 'rules', 'identity.yaml')): IdentityRules {
  const parsed = rulesSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  const { identifiers, blocked } = parsed.data;
  const priority = Object.keys(identifiers) as IdentityType[];
  const missing = identityTypes.filter((type) => !priority.includes(type));
  if (missing.length) throw new Error(`${file}: identifiers must list every type; missing ${missing.join(', ')}`);

  const any = new Set(blocked.any.map((value) => value.toLowerCase()));
  const patterns = blocked.patterns.map((pattern) => new RegExp(pattern, 'i'));
  const perType = new Map(identityTypes.map((type) => [type, new Set((blocked[type] as string[] | undefined) ?? [])]));
  return {
    priority,
    maxPerCustomer: Object.fromEntries(priority.map((type) => [type, identifiers[type]!.maxPerCustomer])) as Record<IdentityType, number>,
    isBlocked: (type, value) =>
      any.has(value.toLowerCase()) || perType.get(type)!.has(value) || patterns.some((pattern) => pattern.test(value)),
    countDistinct: (type, values) => {
      const tolerance = identifiers[type]!.typoTolerance;
      const representatives: string[] = [];
      for (const value of values) {
        if (!representatives.some((seen) => distance(seen, value) <= tolerance)) representatives.push(value);
      }
      return representatives.length;
    },
  };
}
