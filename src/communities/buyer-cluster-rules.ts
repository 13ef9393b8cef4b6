import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../project.js';

/** The buyer-cluster rules of rules/buyer-clusters.yaml (what each number means is written there), checked with zod. */
const share = z.number().gt(0, 'must be more than 0').max(1, 'must be at most 1');
const atLeastOne = z.number().int().min(1, 'must be 1 or more');

const rulesSchema = z.strictObject({
  popular: z.strictObject({ maxBuyerShare: share, maxBuyers: atLeastOne }),
  similarity: z.strictObject({ minShared: atLeastOne, minJaccard: share }),
  propagation: z.strictObject({ maxIterations: atLeastOne.max(100, 'must be at most 100') }),
  clusters: z.strictObject({
    minSize: z.number().int().min(2, 'must be 2 or more'),
    describeTop: atLeastOne.max(20, 'must be at most 20'),
  }),
});

export type BuyerClusterRules = z.infer<typeof rulesSchema>;

export function loadBuyerClusterRules(file = join(projectRoot, 'rules', 'buyer-clusters.yaml')): BuyerClusterRules {
  const parsed = rulesSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}
