import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { consentPurposes } from '../vocabulary.js';
import { projectRoot } from '../project.js';

/** The activation destinations of rules/destinations.yaml, checked with zod. */
export const exportableFields = ['id', 'givenName', 'familyName', 'email', 'phone', 'country', 'city', 'lifecycleStage'] as const;
export type ExportableField = (typeof exportableFields)[number];

const common = {
  purpose: z.enum(consentPurposes),
  channel: z.enum(['EMAIL', 'PHONE']).optional(),
  fields: z.array(z.enum(exportableFields)).min(1),
};

const destination = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), format: z.enum(['ndjson', 'csv']), directory: z.string().min(1), ...common }),
  z.object({
    kind: z.literal('webhook'),
    url: z.url(),
    batchSize: z.number().int().min(1).max(10_000).default(500),
    retries: z.number().int().min(0).max(10).default(4),
    ...common,
  }),
]);

export type Destination = z.infer<typeof destination> & { name: string };

export function loadDestinations(file = join(projectRoot, 'rules', 'destinations.yaml')): Map<string, Destination> {
  const parsed = z.object({ destinations: z.record(z.string(), destination) }).safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return new Map(Object.entries(parsed.data.destinations).map(([name, config]) => [name, { ...config, name }]));
}
