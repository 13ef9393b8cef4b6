import { InvalidArgument } from '../invalid-argument.js';
import { z } from 'zod';
import type { Connection } from '../paging/connections.js';
import { productsBySku } from '../catalog/products.js';
import { cypher } from '../graph/cypher-library.js';
import { composedStatement, useFragment } from '../graph/fragments.js';
import type { Graph } from '../graph/graph.js';
import { topicRules } from '../topics/rules.js';
import { termsOf } from '../topics/words.js';
import { qualify, type PersonFacts, type Qualification } from './qualify.js';
import type { LeadRules, Recommendation } from './rules.js';

/** Lead lists and single qualifications for a subject: a product, a category or a topic. */
const writtenAbout = useFragment(cypher.get('topics/written-about'), null);
/** The people of a subject and their facts (leads/about), composed into the statements that qualify them. */
export const leadFacts = {
  about: useFragment(cypher.get('leads/about'), null, { searchedAbout: writtenAbout, talkedAbout: writtenAbout }),
  channels: useFragment(cypher.get('leads/channels'), null),
  consents: useFragment(cypher.get('leads/consents'), null),
};
const facts = composedStatement(
  'leads/facts',
  'read',
  useFragment(cypher.get('leads/facts'), null, leadFacts),
  'The graph facts lead qualification weighs for a subject.',
);

export interface LeadSubject {
  sku?: string | null;
  category?: string | null;
  topic?: string | null;
}

const subjectShape = z
  .object({ sku: z.string().min(1).nullish(), category: z.string().min(1).nullish(), topic: z.string().min(1).nullish() })
  .refine(
    (subject) => [subject.sku, subject.category, subject.topic].filter((value) => value !== null && value !== undefined).length === 1,
    'give exactly one of sku, category, topic',
  );

function checkedSubject(subject: LeadSubject) {
  const parsed = subjectShape.safeParse(subject);
  if (!parsed.success) throw new InvalidArgument('subject', parsed.error.issues[0]!.message);
  return { sku: parsed.data.sku ?? null, category: parsed.data.category ?? null, topic: parsed.data.topic?.toLowerCase() ?? null };
}

/** The parameters of leads/about for a subject (a product's name is read first: its terms are stemmed in code). */
export async function aboutParams(graph: Graph, rules: LeadRules, subject: LeadSubject, now: Date) {
  const checked = checkedSubject(subject);
  const windows = {
    ...Object.fromEntries(Object.entries(rules.facts).map(([kind, rule]) => [kind, rule.windowDays])),
    unknownResolution: rules.unknownResolutionOpenDays,
  };
  const about = await subjectName(graph, checked);
  const text = { terms: about === null ? [] : termsOf(about, topicRules), topics: checked.topic === null ? [] : [checked.topic] };
  return { subject: checked, product: checked.sku !== null, about, ...text, windows, now: now.toISOString() };
}

async function qualifyPeople(
  graph: Graph,
  rules: LeadRules,
  subject: LeadSubject,
  only: readonly string[] | null,
  now: Date,
): Promise<Qualification[]> {
  const rows = await graph.read(facts, { ...(await aboutParams(graph, rules, subject, now)), only: only && [...only] });
  return (rows as unknown as PersonFacts[]).map((person) => qualify(person, rules, now));
}

/**
 * What a subject is called, whose terms searches and talk are matched against (the same matching
 * as an audience's `wrote` condition): a topic's name (with its synonyms), a product's name, a
 * category's own name (the last part of its path). Null for an unknown product.
 */
async function subjectName(graph: Graph, subject: ReturnType<typeof checkedSubject>): Promise<string | null> {
  if (subject.topic !== null) return subject.topic;
  if (subject.category !== null) return subject.category.split('>').at(-1)!.trim();
  return (await productsBySku(graph, [subject.sku!]))[0]?.name ?? null;
}

/** The qualifications of several customers for one subject, in the order asked, in one statement; NONE with no reasons when nothing in the graph speaks for the subject. */
export async function qualificationsOf(
  graph: Graph,
  rules: LeadRules,
  subject: LeadSubject,
  customerIds: readonly string[],
  now = new Date(),
): Promise<Qualification[]> {
  const found = new Map(
    (await qualifyPeople(graph, rules, subject, customerIds, now)).map((qualification) => [qualification.customerId, qualification]),
  );
  return customerIds.map(
    (customerId) => found.get(customerId) ?? { customerId, recommendation: 'NONE', score: 0, channel: null, reasons: [] },
  );
}

/** Every person a lead list holds (for an activation), readiest first. */
export async function leadIds(
  graph: Graph,
  rules: LeadRules,
  subject: LeadSubject,
  recommendation: Recommendation | null | undefined,
  now = new Date(),
): Promise<string[]> {
  return (await rankedLeads(graph, rules, subject, recommendation, now)).map((lead) => lead.customerId);
}

/** Everyone whose recommendation for the subject is not NONE (or is the one asked for), readiest first. */
export async function rankedLeads(
  graph: Graph,
  rules: LeadRules,
  subject: LeadSubject,
  recommendation: Recommendation | null | undefined,
  now: Date,
) {
  return (await qualifyPeople(graph, rules, subject, null, now))
    .filter((lead) => (recommendation ? lead.recommendation === recommendation : lead.recommendation !== 'NONE'))
    .sort((a, b) => b.score - a.score || a.customerId.localeCompare(b.customerId));
}

export type LeadPage = Connection<Qualification>;
