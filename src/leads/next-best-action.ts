import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { qualificationsOf } from './leads.js';
import type { Qualification } from './qualify.js';
import type { LeadRules } from './rules.js';

/**
 * The next best action for a customer: among the topics they engage with most, the one they
 * qualify best for (never NONE); the channel of that qualification (consented only); and when:
 * at the hour of day they are most active, and not before the contact frequency cap allows
 * (an activation counts as a contact).
 */
const context = cypher.get('leads/action-context');

export interface NextBestAction {
  topic: string;
  qualification: Qualification;
  activeHour: number | null;
  at: string;
  capped: boolean;
}

const dayMs = 86_400_000;

/** The next best actions of several customers, in the order asked: one statement for their context, one per topic to qualify them. */
export async function nextBestActions(
  graph: Graph,
  rules: LeadRules,
  customerIds: readonly string[],
  now = new Date(),
): Promise<(NextBestAction | null)[]> {
  const { topics: topicCount, perDays } = rules.nextBestAction;
  const rows = await graph.read(context, {
    ids: [...customerIds],
    topics: topicCount,
    since: new Date(now.getTime() - perDays * dayMs).toISOString(),
  });
  const contexts = new Map(rows.map((row) => [row.customerId as string, row as unknown as ActionContext]));
  const qualified = await qualificationsByTopic(graph, rules, contexts, now);
  return customerIds.map((customerId) => {
    const found = contexts.get(customerId);
    return found ? actionOf(found, (topic) => qualified.get(topic)!.get(customerId)!, rules, now) : null;
  });
}

interface ActionContext {
  topics: string[];
  hours: { hour: number; events: number }[];
  contacts: string[];
}

/** Each topic's qualifications of the customers who engage with it: one statement per topic. */
async function qualificationsByTopic(
  graph: Graph,
  rules: LeadRules,
  contexts: Map<string, ActionContext>,
  now: Date,
): Promise<Map<string, Map<string, Qualification>>> {
  const engaged = new Map<string, string[]>();
  for (const [customerId, { topics }] of contexts)
    for (const topic of topics) engaged.set(topic, [...(engaged.get(topic) ?? []), customerId]);
  const answers = await Promise.all(
    [...engaged].map(async ([topic, ids]) => [topic, await qualificationsOf(graph, rules, { topic }, ids, now)] as const),
  );
  return new Map(answers.map(([topic, qualifications]) => [topic, new Map(qualifications.map((q) => [q.customerId, q]))]));
}

function actionOf(
  { topics, hours, contacts }: ActionContext,
  qualificationFor: (topic: string) => Qualification,
  rules: LeadRules,
  now: Date,
): NextBestAction | null {
  const { maxContacts, perDays } = rules.nextBestAction;
  const candidates = topics.map((topic) => ({ topic, qualification: qualificationFor(topic) }));
  const best = candidates
    .filter(({ qualification }) => qualification.recommendation !== 'NONE')
    .sort((a, b) => b.qualification.score - a.qualification.score)[0];
  if (!best) return null;
  const capped = contacts.length >= maxContacts;
  // The cap frees a slot when the oldest contact that fills it leaves the window.
  const earliest = capped ? new Date(Date.parse(contacts[contacts.length - maxContacts]!) + perDays * dayMs) : now;
  const activeHour = mostActiveHour(hours);
  return { ...best, activeHour, at: nextAt(earliest, activeHour).toISOString(), capped };
}

export function mostActiveHour(hours: { hour: number; events: number }[]): number | null {
  return [...hours].sort((a, b) => b.events - a.events || a.hour - b.hour)[0]?.hour ?? null;
}

/** The first moment at or after `from` that falls on `hour` (UTC); `from` itself when the hour is unknown. */
export function nextAt(from: Date, hour: number | null): Date {
  if (hour === null) return from;
  const at = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), hour));
  return at < from ? new Date(at.getTime() + dayMs) : at;
}

/** The name the API's generated types know it by. */
export type PlannedAction = NextBestAction;
