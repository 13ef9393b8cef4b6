import { InvalidArgument } from '../invalid-argument.js';
import { compileAudience } from '../audiences/compile.js';
import { parseFilter } from '../audiences/filter.js';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { leadIds, type LeadSubject } from '../leads/leads.js';
import type { LeadRules, Recommendation } from '../leads/rules.js';
import { deliver, type Row } from './deliver.js';
import type { Destination } from './destinations.js';

/**
 * Activation: sends an audience, a segment or a lead list to a destination. Only people whose
 * latest decision for the destination's purpose is GRANTED, and who have the identifier its
 * channel needs, are sent, with only the fields it may receive. A dry run tells the same counts
 * and sends nothing. Each export is compared with the previous one of the same thing to the
 * same destination: who entered, who left.
 */
const q = {
  people: cypher.get('activation/people'),
  lastExport: cypher.get('activation/last-export'),
  record: cypher.get('activation/record-export'),
  segmentMembers: cypher.get('activation/segment-member-ids'),
};

export interface ActivationSource {
  audience?: unknown;
  segment?: string | null;
  leads?: { subject: LeadSubject; recommendation?: Recommendation | null } | null;
}

export interface ActivationResult {
  selected: number;
  sent: number;
  heldBack: { reason: string; count: number }[];
  entered: number;
  exited: number;
  batches: number;
  attempts: number;
  file: string | null;
  dryRun: boolean;
}

export async function activate(
  graph: Graph,
  leadRules: LeadRules,
  destinations: Map<string, Destination>,
  name: string,
  source: ActivationSource,
  dryRun: boolean,
): Promise<ActivationResult> {
  const destination = destinations.get(name);
  if (!destination)
    throw new InvalidArgument(
      'destination',
      `no destination named ${JSON.stringify(name)}; configured: ${[...destinations.keys()].join(', ')}`,
    );
  const { ids, key } = await selected(graph, leadRules, source);
  const people = await graph.read(q.people, { ids, purpose: destination.purpose });
  const heldBack = new Map<string, number>();
  const hold = (reason: string) => heldBack.set(reason, (heldBack.get(reason) ?? 0) + 1);
  const reasonHeldBack = (person: (typeof people)[number]): string | null => {
    if (person.consent !== 'GRANTED')
      return person.consent === 'WITHDRAWN' ? `withdrew ${destination.purpose}` : `never granted ${destination.purpose}`;
    if (destination.channel === 'EMAIL' && !person.email) return 'no email';
    if (destination.channel === 'PHONE' && !person.phone) return 'no phone';
    return null;
  };
  const sendable = people.filter((person) => {
    const reason = reasonHeldBack(person);
    if (reason) hold(reason);
    return reason === null;
  });
  const exportKey = `${destination.name}|${key}`;
  const previous = new Set((await graph.read(q.lastExport, { key: exportKey })).map((row) => row.id as string));
  const sent = new Set(sendable.map((person) => person.id as string));
  const changes = {
    entered: [...sent].filter((id) => !previous.has(id)).length,
    exited: [...previous].filter((id) => !sent.has(id)).length,
  };
  const counts = {
    selected: ids.length,
    sent: sent.size,
    heldBack: [...heldBack].map(([reason, count]) => ({ reason, count })).sort((a, b) => a.reason.localeCompare(b.reason)),
    ...changes,
    dryRun,
  };
  if (dryRun) return { ...counts, batches: 0, attempts: 0, file: null };

  const now = new Date().toISOString();
  const rows = sendable.map((person) => Object.fromEntries(destination.fields.map((field) => [field, person[field] ?? null])) as Row);
  const delivery = await deliver(destination, rows, `${now.replace(/[:.]/g, '-')}`);
  await graph.write(q.record, { key: exportKey, destination: destination.name, ids: [...sent], now });
  return { ...counts, batches: delivery.batches, attempts: delivery.attempts, file: delivery.file ?? null };
}

/** The ids a source selects, and a stable key naming what was exported. */
async function selected(graph: Graph, leadRules: LeadRules, source: ActivationSource): Promise<{ ids: string[]; key: string }> {
  const given = [source.audience, source.segment, source.leads].filter((value) => value !== undefined && value !== null);
  if (given.length !== 1) throw new InvalidArgument('source', 'give exactly one of audience, segment, leads');
  if (source.segment)
    return {
      ids: (await graph.read(q.segmentMembers, { name: source.segment })).map((row) => row.id as string),
      key: `segment:${source.segment}`,
    };
  if (source.leads)
    return {
      ids: await leadIds(graph, leadRules, source.leads.subject, source.leads.recommendation),
      key: `leads:${JSON.stringify(source.leads)}`,
    };
  const compiled = compileAudience(parseFilter(source.audience, 'source.audience'));
  return {
    ids: (await graph.read(compiled.members, compiled.parameters)).map((row) => row.id as string),
    key: `audience:${JSON.stringify(source.audience)}`,
  };
}
