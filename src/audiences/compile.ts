import { cypher, type Statement } from '../graph/cypher-library.js';
import { composedStatement, useFragment, type Piece } from '../graph/fragments.js';
import type { Params } from '../graph/graph.js';
import { topicRules } from '../topics/rules.js';
import { termsOf } from '../topics/words.js';
import type { AudienceFilter } from './filter.js';

/**
 * Compiles an audience filter to Cypher made only of the vetted fragments in cypher/audiences/.
 * Each condition gets a prefix (c1, c2...) for its parameters, so two conditions never share
 * one. The statement starts from the most selective anchor a positive top-level condition names
 * (a customer's similar buyers, a segment or a buyer cluster, then products, then topics, then a
 * category) and checks every condition on the customers reached; with no anchor it walks
 * customers in id order, which a page can stop early. Channels and consent purposes are held by
 * most customers, so they are checked, not started from.
 * Conditions are checked cheapest first: profile values, then counts, consents, then subqueries.
 */
export interface CompiledAudience {
  page: Statement;
  /** The page's members as rows `c`, to compose into a statement that reads them (customers/list/view). */
  rows: Piece;
  count: Statement;
  /** Every member (a segment's full refresh). */
  members: Statement;
  /** The members among $among (a segment's refresh after an import changed those customers). */
  membersAmong: Statement;
  /** The filter's parameter values; the page also takes $after and $limit. */
  parameters: Params;
}

const frame = {
  page: cypher.get('audiences/page'),
  rows: cypher.get('audiences/rows'),
  count: cypher.get('audiences/count'),
  members: cypher.get('audiences/members'),
  among: cypher.get('audiences/start/among'),
  all: cypher.get('audiences/all'),
  any: cypher.get('audiences/any'),
  not: cypher.get('audiences/not'),
  anything: cypher.get('audiences/anything'),
  everyone: cypher.get('audiences/start/everyone'),
  purchased: cypher.get('audiences/purchased/exists'),
  spend: cypher.get('audiences/purchased/spend'),
  touched: cypher.get('audiences/touched/exists'),
  said: cypher.get('audiences/said/exists'),
  wrote: cypher.get('audiences/wrote/exists'),
  writtenAbout: cypher.get('topics/written-about'),
  consented: cypher.get('audiences/consented/latest'),
  inSegment: cypher.get('audiences/in-segment/member'),
  inHousehold: cypher.get('audiences/in-household/member'),
  inBuyerCluster: cypher.get('audiences/in-buyer-cluster/member'),
  similarBuyersOf: cypher.get('audiences/similar-buyers/linked'),
};

/** The parts of each condition, cheapest first: field → fragment, whose one parameter is named as the field. */
const parts = {
  purchased: {
    channels: 'audiences/purchased/channels',
    since: 'audiences/purchased/since',
    until: 'audiences/purchased/until',
    skus: 'audiences/purchased/skus',
    category: 'audiences/purchased/category',
    topics: 'audiences/purchased/topics',
  },
  touched: {
    types: 'audiences/touched/types',
    channels: 'audiences/touched/channels',
    since: 'audiences/touched/since',
    until: 'audiences/touched/until',
    skus: 'audiences/touched/skus',
    topics: 'audiences/touched/topics',
  },
  said: {
    platforms: 'audiences/said/platforms',
    types: 'audiences/said/types',
    minSentiment: 'audiences/said/min-sentiment',
    maxSentiment: 'audiences/said/max-sentiment',
    since: 'audiences/said/since',
    until: 'audiences/said/until',
    skus: 'audiences/said/skus',
    topics: 'audiences/said/topics',
  },
  wrote: { in: 'audiences/wrote/in', since: 'audiences/wrote/since', until: 'audiences/wrote/until' },
  profile: {
    country: 'audiences/profile/country',
    lifecycleStage: 'audiences/profile/lifecycle-stage',
    city: 'audiences/profile/city',
    region: 'audiences/profile/region',
    familyName: 'audiences/profile/family-name',
    createdSince: 'audiences/profile/created-since',
    createdBefore: 'audiences/profile/created-before',
  },
  metrics: {
    minOrders: 'audiences/metrics/min-orders',
    maxOrders: 'audiences/metrics/max-orders',
    minLifetimeValue: 'audiences/metrics/min-lifetime-value',
    maxLifetimeValue: 'audiences/metrics/max-lifetime-value',
    lastSeenAfter: 'audiences/metrics/last-seen-after',
    lastSeenBefore: 'audiences/metrics/last-seen-before',
  },
} as const;

const partFragments = new Map<string, Statement>(
  Object.values(parts).flatMap((fields) =>
    Object.entries(fields).map(([field, name]) => {
      const statement = cypher.get(name);
      // The compiler passes the field's value as the fragment's one parameter: a mismatch is a bug, caught at start-up.
      if (statement.params.join() !== field) throw new Error(`cypher/${name}.cypher must take exactly $${field}`);
      return [name, statement] as const;
    }),
  ),
);

/** Anchors a positive condition can start from, most selective first. */
const anchors = [
  { kind: 'similarBuyersOf', field: 'customerId', start: cypher.get('audiences/start/similar-buyers') },
  { kind: 'inSegment', field: 'name', start: cypher.get('audiences/start/in-segment') },
  { kind: 'inBuyerCluster', field: 'id', start: cypher.get('audiences/start/in-buyer-cluster') },
  { kind: 'purchased', field: 'skus', start: cypher.get('audiences/start/purchased-skus') },
  { kind: 'touched', field: 'skus', start: cypher.get('audiences/start/touched-skus') },
  { kind: 'said', field: 'skus', start: cypher.get('audiences/start/said-skus') },
  { kind: 'touched', field: 'topics', start: cypher.get('audiences/start/touched-topics') },
  { kind: 'said', field: 'topics', start: cypher.get('audiences/start/said-topics') },
  { kind: 'purchased', field: 'topics', start: cypher.get('audiences/start/purchased-topics') },
  { kind: 'purchased', field: 'category', start: cypher.get('audiences/start/purchased-category') },
] as const;

/** Conditions on a stored group of customers: one fragment to check membership, one to start from the members. */
const groups = ['inSegment', 'inBuyerCluster', 'similarBuyersOf'] as const;

const cost = { profile: 0, metrics: 1, inSegment: 1, consented: 2, purchased: 3, touched: 4, said: 4, combined: 5, anchor: 9 };
const metricCost: Record<string, number> = {
  minOrders: 1,
  maxOrders: 1,
  minLifetimeValue: 2,
  maxLifetimeValue: 2,
  lastSeenAfter: 3,
  lastSeenBefore: 3,
};

interface Clause {
  piece: Piece;
  cost: number;
  /**
   * The start this clause offers, its rank among anchors (lower is more selective), and whether
   * the start holds exactly the customers the clause admits (it asks nothing but the anchor's field).
   */
  anchor?: { start: Piece; rank: number; exact: boolean };
}

type Condition = Exclude<AudienceFilter, { all: unknown } | { any: unknown } | { not: unknown }>;
type GroupCondition = Extract<Condition, { inSegment: unknown } | { inBuyerCluster: unknown } | { similarBuyersOf: unknown }>;
const isGroup = (filter: Condition): filter is GroupCondition => groups.some((kind) => kind in filter);

export function compileAudience(filter: AudienceFilter): CompiledAudience {
  const compiler = new Compiler();
  const clauses = compiler.conjuncts(filter);
  const anchored = clauses.filter((clause) => clause.anchor).sort((a, b) => a.anchor!.rank - b.anchor!.rank)[0];
  // The anchor's own condition is still checked when the start may hold more (e.g. outside a time
  // window), but last: the others prune first. Customers not reached from the anchor ($among) are
  // always checked against it.
  const ordered = clauses
    .map((clause) => (clause === anchored ? { ...clause, cost: cost.anchor } : clause))
    .sort((a, b) => a.cost - b.cost);
  const startHoldsIt = (clause: Clause) => clause.piece === anchored?.piece && anchored.anchor!.exact;
  const checked = (list: Clause[]) => (list.length ? list.map((clause) => clause.piece) : [useFragment(frame.anything, null)]);
  const fills = {
    start: anchored?.anchor?.start ?? useFragment(frame.everyone, null),
    conditions: checked(ordered.filter((clause) => !startHoldsIt(clause))),
  };
  const rows = useFragment(frame.rows, null, fills);
  return {
    page: composedStatement(
      'audiences/page',
      'read',
      useFragment(frame.page, null, { rows }),
      'A page of an audience compiled from its filter.',
    ),
    rows,
    count: composedStatement(
      'audiences/count',
      'read',
      useFragment(frame.count, null, fills),
      'The size of an audience compiled from its filter.',
    ),
    members: composedStatement(
      'audiences/members',
      'read',
      useFragment(frame.members, null, fills),
      'Every member of an audience compiled from its filter.',
    ),
    membersAmong: composedStatement(
      'audiences/members-among',
      'read',
      useFragment(frame.members, null, { start: useFragment(frame.among, null), conditions: checked(ordered) }),
      'The members of an audience among given customers.',
    ),
    parameters: compiler.parameters,
  };
}

class Compiler {
  readonly parameters: Params = {};
  private conditions = 0;

  /** Conditions that must all hold, as separate clauses: `all` is flattened, profile and metrics fields stand alone. */
  conjuncts(filter: AudienceFilter): Clause[] {
    if ('all' in filter) return filter.all.flatMap((child) => this.conjuncts(child));
    if ('any' in filter || 'not' in filter) return [{ piece: this.piece(filter), cost: cost.combined }];
    return this.condition(filter);
  }

  /** A filter as one boolean piece, for use inside any / not / all. */
  piece(filter: AudienceFilter): Piece {
    if ('any' in filter) return useFragment(frame.any, null, { clauses: filter.any.map((child) => this.piece(child)) });
    if ('not' in filter) return useFragment(frame.not, null, { clause: this.piece(filter.not) });
    const clauses = this.conjuncts(filter).sort((a, b) => a.cost - b.cost);
    return clauses.length === 1 ? clauses[0]!.piece : useFragment(frame.all, null, { clauses: clauses.map((clause) => clause.piece) });
  }

  private condition(filter: Condition): Clause[] {
    const prefix = `c${++this.conditions}`;
    if ('consented' in filter) {
      this.bind(prefix, filter.consented);
      return [{ piece: useFragment(frame.consented, prefix), cost: cost.consented }];
    }
    if (isGroup(filter)) {
      const kind = groups.find((key) => key in filter)!;
      const values = (filter as Record<string, Record<string, unknown>>)[kind]!;
      this.bind(prefix, values);
      return [{ piece: useFragment(frame[kind], prefix), cost: cost.inSegment, anchor: this.anchor(kind, prefix, values) }];
    }
    if ('inHousehold' in filter) {
      this.bind(prefix, filter.inHousehold);
      return [{ piece: useFragment(frame.inHousehold, prefix), cost: cost.inSegment }];
    }
    if ('profile' in filter) return this.fields(prefix, parts.profile, filter.profile).map((piece) => ({ piece, cost: cost.profile }));
    if ('metrics' in filter) {
      const given = Object.keys(parts.metrics).filter((field) => (filter.metrics as Record<string, unknown>)[field] !== undefined);
      return this.fields(prefix, parts.metrics, filter.metrics).map((piece, index) => ({ piece, cost: metricCost[given[index]!]! }));
    }
    if ('wrote' in filter) {
      // The terms as lead qualification matches them (topics/written-about): the words of each
      // term and of its synonyms, or a search or signal linked to a topic of that name.
      const { terms, ...rest } = filter.wrote;
      this.bind(prefix, {
        terms: [...new Set(terms.flatMap((term) => termsOf(term, topicRules)))],
        topics: terms.map((term) => term.toLowerCase()),
      });
      const conditions = [...this.fields(prefix, parts.wrote, rest), useFragment(frame.writtenAbout, prefix)];
      return [{ piece: useFragment(frame.wrote, prefix, { conditions }), cost: cost.said }];
    }
    if ('purchased' in filter) {
      const { minSpend, ...rest } = filter.purchased;
      const conditions = this.fields(prefix, parts.purchased, rest);
      const fills = { conditions: conditions.length ? conditions : [useFragment(frame.anything, null)] };
      if (minSpend !== undefined) this.bind(prefix, { minSpend });
      const piece = useFragment(minSpend === undefined ? frame.purchased : frame.spend, prefix, fills);
      return [{ piece, cost: cost.purchased, anchor: this.anchor('purchased', prefix, filter.purchased) }];
    }
    const [kind, frameOf, values] =
      'touched' in filter ? (['touched', frame.touched, filter.touched] as const) : (['said', frame.said, filter.said] as const);
    const conditions = this.fields(prefix, parts[kind], values);
    const piece = useFragment(frameOf, prefix, { conditions: conditions.length ? conditions : [useFragment(frame.anything, null)] });
    return [{ piece, cost: cost[kind], anchor: this.anchor(kind, prefix, values) }];
  }

  /** One piece per given field, in the order of `fields` (cheapest first), each value bound as `$prefix_field`. */
  private fields(prefix: string, fields: Record<string, string>, values: object): Piece[] {
    const given = values as Record<string, unknown>;
    return Object.entries(fields).flatMap(([field, name]) => {
      if (given[field] === undefined) return [];
      this.bind(prefix, { [field]: given[field] });
      return [useFragment(partFragments.get(name)!, prefix)];
    });
  }

  private anchor(kind: string, prefix: string, values: object): Clause['anchor'] {
    const given = Object.entries(values).filter(([, value]) => value !== undefined);
    const rank = anchors.findIndex((anchor) => anchor.kind === kind && given.some(([field]) => field === anchor.field));
    if (rank < 0) return undefined;
    return { start: useFragment(anchors[rank]!.start, prefix), rank, exact: given.length === 1 };
  }

  private bind(prefix: string, values: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(values)) this.parameters[`${prefix}_${name}`] = value;
  }
}
