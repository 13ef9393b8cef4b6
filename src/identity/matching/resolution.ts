import { candidatePairs, type CandidatePair } from './candidate-pairs.js';
import { clusters } from './clusters.js';
import type { PersonFeatures } from './person-features.js';
import {
  ambiguousMerges,
  birthDatesCompare,
  clustersConflict,
  householdIdentifiersAmong,
  householdKey,
  personallyDifferent,
} from './household-rules.js';
import { decide, thresholds, type Thresholds } from './thresholds.js';
import { valueShares } from './value-shares.js';

export interface Resolution {
  /** Record key to cluster id: one cluster per real person, as far as the evidence goes. */
  clusters: Map<string, string>;
  /** Pairs scored by fuzzy matching. */
  compared: number;
  merges: CandidatePair[];
  reviews: CandidatePair[];
  /** Blocking keys skipped for being shared by too many people. */
  oversizedBlocks: Array<{ key: string; size: number }>;
}

type StrongIdentifier = 'nationalId' | 'email' | 'phone';
const strongIdentifiers: StrongIdentifier[] = ['nationalId', 'email', 'phone'];

/**
 * Records that carry the same value of a strong identifier are one person: what the graph does
 * deterministically before fuzzy matching. A chain per value is enough for union-find.
 */
function strongLinks(people: PersonFeatures[], household: Set<string>): Array<{ a: string; b: string }> {
  const holders = new Map<string, PersonFeatures[]>();
  const links: Array<{ a: string; b: string }> = [];
  for (const person of people) {
    for (const type of strongIdentifiers) {
      const value = person[type];
      if (!value) continue;
      const id = `${type}:${value}`;
      const earlier = holders.get(id) ?? [];
      // A mailbox or phone a household shares links no one whose personal attributes disagree,
      // and, once people who differ are seen holding it, only records that both have a birth date.
      const linksTo = (held: PersonFeatures) =>
        type === 'nationalId' ||
        (!personallyDifferent(held, person) && (!household.has(householdKey(type, value)) || birthDatesCompare([held], [person])));
      const other = earlier.find(linksTo);
      if (other) links.push({ a: other.key, b: person.key });
      holders.set(id, [...earlier, person]);
    }
  }
  return links;
}

/**
 * The whole resolution, in the product's order: equal strong identifiers join records, fuzzy
 * matching scores the pairs they left apart, pairs above the automatic threshold merge, and
 * union-find turns both kinds of link into clusters. Review pairs are returned, not merged.
 * `chosen`: other thresholds than the product's, for measuring them.
 */
export function resolvePeople(people: PersonFeatures[], chosen: Thresholds = thresholds): Resolution {
  const keys = people.map((person) => person.key);
  const household = householdIdentifiersAmong(people);
  const links = strongLinks(people, household);
  const strong = clusters(keys, links);
  const oversizedBlocks: Resolution['oversizedBlocks'] = [];
  const scored = candidatePairs(people, {
    alreadyJoined: (a, b) => strong.get(a) === strong.get(b),
    shares: valueShares(people, (key) => strong.get(key)!),
    household,
    onOversizedBlock: (key, size) => oversizedBlocks.push({ key, size }),
  });
  const byKey = new Map(people.map((person) => [person.key, person]));
  const membersOf = new Map<string, PersonFeatures[]>();
  for (const person of people) membersOf.set(strong.get(person.key)!, [...(membersOf.get(strong.get(person.key)!) ?? []), person]);
  const proposed = scored.filter((pair) => decide(pair.score, chosen) === 'merge');
  const torn = ambiguousMerges(
    proposed.map((pair) => ({ a: strong.get(pair.a)!, b: strong.get(pair.b)!, pair })),
    (id) => membersOf.get(id)!,
  );
  const refused: CandidatePair[] = [...torn].map(({ pair }) => pair);
  const joined = clusters(
    keys,
    [...links.map((link) => ({ ...link, strong: true })), ...proposed.filter((pair) => !refused.includes(pair))],
    (left, right, pair) => {
      if (
        'strong' in pair ||
        !clustersConflict(
          left.map((key) => byKey.get(key)!),
          right.map((key) => byKey.get(key)!),
          pair,
        )
      )
        return true;
      refused.push(pair as CandidatePair);
      return false;
    },
  );
  const merges = scored.filter((pair) => decide(pair.score, chosen) === 'merge' && !refused.includes(pair));
  const reviews = [...scored.filter((pair) => decide(pair.score, chosen) === 'review'), ...refused];
  return {
    clusters: joined,
    compared: scored.length,
    merges,
    reviews,
    oversizedBlocks,
  };
}
