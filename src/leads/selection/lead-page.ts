import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import type { ApiContext } from '../../api/context.js';
import { composeList, readList } from '../../customers/selection/list-view.js';
import { cypher } from '../../graph/cypher-library.js';
import type { Graph } from '../../graph/graph.js';
import { useFragment } from '../../graph/fragments.js';
import { decodeCursor, pageSize, toConnection } from '../../paging/connections.js';
import { aboutParams, leadFacts, type LeadPage, type LeadSubject } from '../leads.js';
import { qualify, type PersonFacts, type Qualification } from '../qualify.js';
import { reaches } from '../../customers/selection.js';
import type { LeadRules, Recommendation } from '../rules.js';

/** leads/page with its facts: the start of every leads page, whatever it then reads of the people. */
export const leadPageStart = useFragment(cypher.get('leads/page'), null, leadFacts);

/** Where the leads' customers sit below Query.leads. */
const leadCustomers = [
  ['nodes', 'customer'],
  ['edges', 'node', 'customer'],
];

/** What leads/page puts in each row's key. */
interface LeadKey {
  cursor: [number, string];
  total: number;
  recommendation: Recommendation;
  /** Null unless the request reads reasons or channels. */
  person: PersonFacts | null;
}

/** The parts of a lead only qualify.ts gives, from each person's facts. */
const factParts = [
  ['nodes', 'reasons'],
  ['nodes', 'channel'],
  ['edges', 'node', 'reasons'],
  ['edges', 'node', 'channel'],
];

/** A lead's qualification: qualify.ts's when its facts were read, else the statement's score and recommendation (nothing else is asked). */
const qualification = (key: LeadKey, customerId: string, rules: LeadRules, now: Date): Qualification =>
  key.person
    ? qualify(key.person, rules, now)
    : { customerId, recommendation: key.recommendation, score: key.cursor[0], channel: null, reasons: [] };

/** What rules/leads.yaml says about scoring, as leads/page's $scoring. */
const scoringOf = (rules: LeadRules) => ({
  weights: Object.fromEntries(Object.entries(rules.facts).map(([kind, rule]) => [kind, rule.weight])),
  halfLifeDays: rules.halfLifeDays,
  sentimentThreshold: rules.sentimentThreshold,
  recommendations: rules.recommendations,
  profilingPurpose: rules.profilingPurpose,
});

/**
 * Query.leads: a page of leads, readiest first, in one statement: everyone the subject's facts
 * point at is scored and ranked in the database (leads/page, the rules of qualify.ts), the page is
 * cut there, and its customers come with the fields the request selects of them. When reasons or a
 * channel are asked for, each lead's qualification is then qualify.ts's from the facts the row
 * carries; a product subject first reads the product's name, whose terms are stemmed in code.
 */
export async function leadPage(
  context: ApiContext,
  rules: LeadRules,
  subject: LeadSubject,
  recommendation: Recommendation | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  info: GraphQLResolveInfo,
  now = new Date(),
): Promise<LeadPage> {
  const size = pageSize(first);
  const cursor = decodeCursor(after, z.tuple([z.number(), z.string()]));
  const list = composeList('leads/page', leadPageStart, info, leadCustomers);
  const reasons = info.fieldNodes.some((node) => reaches(info, node, factParts));
  const params = await leadPageParams(context.graph, rules, subject, { recommendation, after: cursor, limit: size + 1, now, reasons });
  const rows = await readList(context, list, params);
  const leads = rows.map((row) => ({
    key: row.key as LeadKey,
    qualification: { ...qualification(row.key as LeadKey, row.customer.id, rules, now), customer: row.customer },
  }));
  return toConnection(
    leads,
    size,
    (lead) => lead.key.cursor,
    // Every row knows the list's length; a page past the end has no row to tell it, so it is counted.
    async () => leads[0]?.key.total ?? (await countAfterEnd()),
    (lead) => lead.qualification,
  );

  async function countAfterEnd() {
    if (cursor === null) return 0;
    const all = await readList(context, list, { ...params, after: null, limit: 1 });
    return (all[0]?.key as LeadKey | undefined)?.total ?? 0;
  }
}

/** What a page of leads asks besides its subject: see leadPageParams. */
export interface LeadPageAsk {
  recommendation: Recommendation | null | undefined;
  after: [number, string] | null;
  /** Rows to read: the page size plus one. */
  limit: number;
  now: Date;
  /** Whether each person's facts are read, for reasons and channels. */
  reasons: boolean;
}

/** leads/page's parameters: the subject's, the scoring rules, and what the page asks. */
export async function leadPageParams(graph: Graph, rules: LeadRules, subject: LeadSubject, ask: LeadPageAsk) {
  return {
    ...(await aboutParams(graph, rules, subject, ask.now)),
    scoring: scoringOf(rules),
    recommendation: ask.recommendation ?? null,
    after: ask.after,
    limit: ask.limit,
    reasons: ask.reasons,
  };
}
