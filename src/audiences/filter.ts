import { InvalidArgument } from '../invalid-argument.js';
import { z } from 'zod';
import { channels, consentPurposes, lifecycleStages, signalTypes, touchpointTypes } from '../vocabulary.js';
import { standard } from '../ingestion/standardise.js';

/**
 * The audience filter: all / any / not over conditions on purchases, touchpoints, social
 * signals, consents, the profile and the metrics. Each filter object sets exactly one key.
 * Values are standardised as on import (countries to ISO codes, topics and platforms to lower
 * case, money to hundredths), so a condition compares like with like.
 */
export const limits = { depth: 6, conditions: 50, values: 100 };

const values = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1, 'give at least one value').max(limits.values, `give at most ${limits.values} values`);
const instant = standard.instant;
const sentiment = z.number().min(-1, 'must be between -1 and 1').max(1, 'must be between -1 and 1');
const count = z.number().int().min(0, 'must not be negative');
const positiveMoney = standard.money.refine((minor) => minor > 0, 'must be more than 0');
const lowerText = standard.text.transform((value) => value.toLowerCase());

/** At least one field set: an empty profile or metrics condition would say nothing. */
const someField = (shape: Record<string, z.ZodType>) =>
  z.strictObject(shape).refine((condition) => Object.values(condition).some((value) => value !== undefined), 'give at least one field');

const purchase = z.strictObject({
  skus: values(standard.text).optional(),
  category: standard.path.transform((path) => path.join(' > ')).optional(),
  topics: values(standard.topic).optional(),
  channels: values(z.enum(channels)).optional(),
  since: instant.optional(),
  until: instant.optional(),
  minSpend: positiveMoney.optional(),
});

const touchpoint = z.strictObject({
  types: values(z.enum(touchpointTypes)).optional(),
  channels: values(z.enum(channels)).optional(),
  since: instant.optional(),
  until: instant.optional(),
  skus: values(standard.text).optional(),
  topics: values(standard.topic).optional(),
});

const socialSignal = z.strictObject({
  platforms: values(standard.topic).optional(),
  types: values(z.enum(signalTypes)).optional(),
  skus: values(standard.text).optional(),
  topics: values(standard.topic).optional(),
  minSentiment: sentiment.optional(),
  maxSentiment: sentiment.optional(),
  since: instant.optional(),
  until: instant.optional(),
});

/** What a customer wrote: site searches' terms and the texts of mentions, posts and reviews. */
const written = z.strictObject({
  terms: values(standard.text),
  in: values(z.enum(['SITE_SEARCH', 'SOCIAL_SIGNAL'])).optional(),
  since: instant.optional(),
  until: instant.optional(),
});

const consent = z.strictObject({
  purpose: z.enum(consentPurposes),
  status: z.enum(['GRANTED', 'WITHDRAWN']).default('GRANTED'),
});

const profile = someField({
  country: standard.country.optional(),
  lifecycleStage: z.enum(lifecycleStages).optional(),
  city: lowerText.optional(),
  region: lowerText.optional(),
  familyName: lowerText.optional(),
  createdSince: instant.optional(),
  createdBefore: instant.optional(),
});

const metrics = someField({
  minLifetimeValue: standard.money.optional(),
  maxLifetimeValue: standard.money.optional(),
  minOrders: count.optional(),
  maxOrders: count.optional(),
  lastSeenAfter: instant.optional(),
  lastSeenBefore: instant.optional(),
});

const segment = z.strictObject({ name: standard.text });
const household = z.strictObject({ minSize: z.number().int().min(2, 'must be 2 or more') });
const buyerCluster = z.strictObject({ id: standard.text });
const similarBuyers = z.strictObject({ customerId: standard.text });

export type PurchaseCondition = z.output<typeof purchase>;
export type TouchpointCondition = z.output<typeof touchpoint>;
export type SocialSignalCondition = z.output<typeof socialSignal>;
export type WrittenCondition = z.output<typeof written>;
export type ConsentCondition = z.output<typeof consent>;
export type ProfileCondition = z.output<typeof profile>;
export type MetricsCondition = z.output<typeof metrics>;
export type SegmentCondition = z.output<typeof segment>;
export type HouseholdCondition = z.output<typeof household>;
export type BuyerClusterCondition = z.output<typeof buyerCluster>;
export type SimilarBuyersCondition = z.output<typeof similarBuyers>;

export type AudienceFilter =
  | { all: AudienceFilter[] }
  | { any: AudienceFilter[] }
  | { not: AudienceFilter }
  | { purchased: PurchaseCondition }
  | { touched: TouchpointCondition }
  | { said: SocialSignalCondition }
  | { wrote: WrittenCondition }
  | { consented: ConsentCondition }
  | { profile: ProfileCondition }
  | { metrics: MetricsCondition }
  | { inSegment: SegmentCondition }
  | { inHousehold: HouseholdCondition }
  | { inBuyerCluster: BuyerClusterCondition }
  | { similarBuyersOf: SimilarBuyersCondition };

const conditions: Record<string, z.ZodType> = {
  purchased: purchase,
  touched: touchpoint,
  said: socialSignal,
  consented: consent,
  profile,
  metrics,
  inSegment: segment,
  inHousehold: household,
  inBuyerCluster: buyerCluster,
  similarBuyersOf: similarBuyers,
  wrote: written,
};
export const filterKeys = ['all', 'any', 'not', ...Object.keys(conditions)];

/**
 * The filter as checked and standardised, or a GraphQL error naming the argument path
 * (`filter.all[1].purchased.minSpend: ...`). GraphQL gives unset input fields as absent or null;
 * both mean "not set". The tree is walked by hand rather than as a zod union, so an error names
 * the one filter object at fault, and depth is refused before going deeper.
 */
export function parseFilter(input: unknown, argument = 'filter'): AudienceFilter {
  const parsed = parseNode(withoutNulls(input), argument, 1);
  const count = conditionCount(parsed);
  if (count > limits.conditions) throw badFilter(argument, `a filter has at most ${limits.conditions} conditions, this one has ${count}`);
  return parsed;
}

function parseNode(value: unknown, path: string, depth: number): AudienceFilter {
  if (depth > limits.depth) throw badFilter(path, `filters nest at most ${limits.depth} deep`);
  const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  const key = keys[0];
  if (keys.length !== 1 || !key || !filterKeys.includes(key)) throw badFilter(path, `give exactly one of ${filterKeys.join(', ')}`);
  const inner = (value as Record<string, unknown>)[key];
  if (key === 'not') return { not: parseNode(inner, `${path}.not`, depth + 1) };
  if (key === 'all' || key === 'any') {
    if (!Array.isArray(inner) || inner.length === 0) throw badFilter(`${path}.${key}`, 'give at least one filter');
    const children = inner.map((child, index) => parseNode(child, `${path}.${key}[${index}]`, depth + 1));
    return key === 'all' ? { all: children } : { any: children };
  }
  const result = conditions[key]!.safeParse(inner);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw badFilter(`${path}.${key}${pathText(issue.path)}`, issue.message);
  }
  return { [key]: result.data } as AudienceFilter;
}

function conditionCount(node: AudienceFilter): number {
  if ('all' in node) return node.all.reduce((sum, child) => sum + conditionCount(child), 0);
  if ('any' in node) return node.any.reduce((sum, child) => sum + conditionCount(child), 0);
  if ('not' in node) return conditionCount(node.not);
  return 1;
}

function badFilter(path: string, message: string): InvalidArgument {
  return new InvalidArgument(path, message);
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, inner]) => inner !== null)
      .map(([key, inner]) => [key, withoutNulls(inner)]),
  );
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
}
