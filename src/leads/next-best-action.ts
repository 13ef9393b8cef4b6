import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { qualificationOf } from './leads.js';
import type { Qualification } from './qualify.js';
import type { LeadRules } from './rules.js';

/**
 * The next best action for one customer: among the topics they engage with most, the one they
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

export async function nextBestAction(graph: Graph, rules: LeadRules, customerId: string, now = new Date()): Promise<NextBestAction | null> {
  const { maxContacts, perDays, topics: topicCount } = rules.nextBestAction;
  const [row] = await graph.read(context, { id: customerId, topics: topicCount, since: new Date(now.getTime() - perDays * dayMs).toISOString() });
  if (!row) return null;
  const candidates = await Promise.all((row.topics as string[]).map(async (topic) => ({ topic, qualification: await qualificationOf(graph, rules, { topic }, customerId, now) })));
  const best = candidates.filter(({ qualification }) => qualification.recommendation !== 'NONE').sort((a, b) => b.qualification.score - a.qualification.score)[0];
  if (!best) return null;
  const contacts = row.contacts as string[];
  const capped = contacts.length >= maxContacts;
  // The cap frees a slot when the oldest contact that fills it leaves the window.
  const earliest = capped ? new Date(Date.parse(contacts[contacts.length - maxContacts]!) + perDays * dayMs) : now;
  const activeHour = mostActiveHour(row.hours as { hour: number; events: number }[]);
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
