import type { PersonFeatures } from './person-features.js';
import { pairEvidence } from './score-pair.js';

export interface LevelEstimate {
  field: string;
  level: string;
  /** Share of pairs of one person's records at this level. */
  m: number;
  /** Share of pairs of different people's records at this level. */
  u: number;
}

type Counts = Map<string, number>;

function count(counts: Counts, a: PersonFeatures, b: PersonFeatures): void {
  for (const { field, level } of pairEvidence(a, b)) {
    const id = `${field}.${level}`;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
}

/** A fixed-seed generator (Park-Miller), so the same data always gives the same estimates. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
}

/**
 * m and u of every field level, measured on records whose person is known: m over every pair of
 * one person's records, u over a sample of pairs of different people. Each count gets half a pair
 * more, so a level never seen has a small share rather than zero (an infinite weight).
 * `nameOrder` is left out: it is a penalty for reading names crossed, not a field that agrees.
 */
export function estimateProbabilities(people: PersonFeatures[], truth: Map<string, string>, strangerPairs = 300_000): LevelEstimate[] {
  const byPerson = new Map<string, PersonFeatures[]>();
  for (const person of people) {
    const id = truth.get(person.key)!;
    byPerson.set(id, [...(byPerson.get(id) ?? []), person]);
  }
  const same: Counts = new Map();
  let samePairs = 0;
  for (const group of byPerson.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++, samePairs++) count(same, group[i]!, group[j]!);
    }
  }
  const different: Counts = new Map();
  const next = random(1);
  for (let drawn = 0; drawn < strangerPairs; ) {
    const a = people[Math.floor(next() * people.length)]!;
    const b = people[Math.floor(next() * people.length)]!;
    if (truth.get(a.key) === truth.get(b.key)) continue;
    count(different, a, b);
    drawn++;
  }
  const ids = [...new Set([...same.keys(), ...different.keys()])].filter((id) => !id.startsWith('nameOrder.')).sort();
  return ids.map((id) => {
    const [field, level] = id.split('.') as [string, string];
    const m = ((same.get(id) ?? 0) + 0.5) / (samePairs + 1);
    const u = ((different.get(id) ?? 0) + 0.5) / (strangerPairs + 1);
    return { field, level, m, u };
  });
}
