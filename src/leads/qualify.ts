import type { CustomerRecord } from '../customers/customers.js';
import type { FactKind, LeadRules, Recommendation } from './rules.js';

/**
 * Qualifies one person for a subject from the graph facts around them: a recency-weighted score,
 * the first recommendation of the rules whose facts are present, the channel to use (the most
 * used channel whose consent is granted, never one without), and reasons that cite the facts.
 */
export interface LeadFact {
  kind: FactKind;
  id: string;
  at: string;
  type: string;
  about: string | null;
  platform?: string | null;
  channel?: string | null;
  sentiment?: number | null;
  score?: number | null;
  /** Support contacts: false when the source said unresolved, null when it did not say. */
  resolved?: boolean | null;
}

export interface PersonFacts {
  customerId: string;
  facts: LeadFact[];
  channels: { channel: string; uses: number }[];
  consents: { purpose: string; status: string }[];
}

export interface Reason {
  kind: FactKind;
  factId: string;
  at: string;
  text: string;
}

export interface Qualification {
  customerId: string;
  recommendation: Recommendation;
  score: number;
  channel: string | null;
  reasons: Reason[];
}

const dayMs = 86_400_000;

export function qualify(person: PersonFacts, rules: LeadRules, now: Date): Qualification {
  const granted = new Set(person.consents.filter((consent) => consent.status === 'GRANTED').map((consent) => consent.purpose));
  const withdrewProfiling = person.consents.some((consent) => consent.purpose === rules.profilingPurpose && consent.status === 'WITHDRAWN');
  if (withdrewProfiling) return { customerId: person.customerId, recommendation: 'NONE', score: 0, channel: null, reasons: [] };

  // Every fact is within its window (the Cypher reads no other): each counts for the
  // recommendation it stands for, however far it has decayed; decay only ranks.
  const weighed = person.facts
    .map((fact) => ({ fact, worth: worth(fact, rules, now) }))
    .sort((a, b) => b.worth - a.worth || b.fact.at.localeCompare(a.fact.at) || a.fact.id.localeCompare(b.fact.id));
  const score = round(weighed.reduce((sum, { worth }) => sum + worth, 0));
  const present = new Set(person.facts.map((fact) => fact.kind));
  const rule = rules.recommendations.find(({ when }) => when.some((kind) => present.has(kind)));
  const recommendation = rule?.recommendation ?? 'NONE';
  const deciding = new Set(rule?.when ?? []);
  const reasons = [...weighed.filter(({ fact }) => deciding.has(fact.kind)), ...weighed.filter(({ fact }) => !deciding.has(fact.kind))].map(
    ({ fact }) => ({ kind: fact.kind, factId: fact.id, at: fact.at, text: describe(fact) }),
  );
  return {
    customerId: person.customerId,
    recommendation,
    score,
    channel: recommendation === 'NONE' ? null : channelFor(person, granted, rules),
    reasons,
  };
}

function worth(fact: LeadFact, rules: LeadRules, now: Date): number {
  const ageDays = Math.max(0, (now.getTime() - Date.parse(fact.at)) / dayMs);
  const decay = 0.5 ** (ageDays / rules.halfLifeDays);
  const sentiment =
    fact.kind !== 'talked' || fact.sentiment === null || fact.sentiment === undefined
      ? 1
      : fact.sentiment > rules.sentimentThreshold
        ? 2
        : fact.sentiment < -rules.sentimentThreshold
          ? 0.5
          : 1;
  return rules.facts[fact.kind].weight * sentiment * decay;
}

/** The person's most used channel among those whose consent is granted; a consented channel never used comes last. */
function channelFor(person: PersonFacts, granted: Set<string>, rules: LeadRules): string | null {
  const allowed = Object.entries(rules.contactChannels)
    .filter(([, purpose]) => granted.has(purpose))
    .map(([channel]) => channel);
  const uses = (channel: string) => person.channels.find((usage) => usage.channel === channel)?.uses ?? 0;
  return allowed.sort((a, b) => uses(b) - uses(a))[0] ?? null;
}

function describe(fact: LeadFact): string {
  const day = fact.at.slice(0, 10);
  switch (fact.kind) {
    case 'talked':
      return `${fact.type.toLowerCase()} on ${fact.platform} about ${fact.about} on ${day}${fact.sentiment === null || fact.sentiment === undefined ? '' : ` (sentiment ${fact.sentiment})`}`;
    case 'searched':
      return `searched "${fact.about}" on ${fact.channel} on ${day}`;
    case 'browsed':
      return `${fact.type.toLowerCase().replace('_', ' ')} of ${fact.about} on ${fact.channel} on ${day}`;
    case 'bought':
      return `bought ${fact.about} (order ${fact.id}) on ${day}`;
    case 'complained':
      return `${fact.type === 'SURVEY_ANSWER' ? `survey score ${fact.score}` : `${fact.resolved === false ? 'unresolved' : 'open (resolution unknown)'} support contact on ${fact.channel}`} on ${day}${fact.about ? `: "${fact.about}"` : ''}`;
  }
}

// Four significant digits: readable, and an old fact's tiny score still ranks it below a newer one.
const round = (value: number) => Number(value.toPrecision(4));

/** The name the API's generated types know a qualification by; a page of leads carries its customers as it read them. */
export type LeadQualification = Qualification & { customer?: CustomerRecord };
