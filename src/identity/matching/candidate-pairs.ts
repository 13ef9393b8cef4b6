import { blockPeople, maxBlockSize } from './blocking.js';
import type { PersonFeatures } from './person-features.js';
import { scorePair } from './score-pair.js';
import { valueShares, type ValueShare } from './value-shares.js';

export interface CandidatePair {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

export interface CandidateOptions {
  /** Blocks larger than this are skipped (default `maxBlockSize`). */
  maxBlockSize?: number;
  /** Pairs already known to be one person (joined on a strong identifier) are not scored. */
  alreadyJoined?: (a: string, b: string) => boolean;
  /**
   * How common each value is; by default counted over `people`, one per record. Better: counted
   * once per known customer (`valueShares(people, customerOf)`), or over the whole customer base
   * when `people` is a small batch.
   */
  shares?: ValueShare;
  /** E-mail addresses and phone numbers people who differ hold (`householdIdentifiersAmong`): they prove no one's identity. */
  household?: Set<string>;
  /** Told about every skipped block, so the caller can log it: its pairs are never compared. */
  onOversizedBlock?: (key: string, size: number) => void;
}

/** Every pair of people sharing a blocking key, scored once, in no particular order. */
export function candidatePairs(people: PersonFeatures[], options: CandidateOptions = {}): CandidatePair[] {
  const { blocks, oversized } = blockPeople(people, options.maxBlockSize ?? maxBlockSize);
  for (const { key, size } of oversized) options.onOversizedBlock?.(key, size);
  const shares = options.shares ?? valueShares(people);
  const seen = new Set<number>();
  const pairs: CandidatePair[] = [];
  for (const block of blocks) {
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        // Indexes ascend within a block, so (i, j) names a pair the same way in every block.
        const id = block[i]! * people.length + block[j]!;
        if (seen.has(id)) continue;
        seen.add(id);
        const a = people[block[i]!]!;
        const b = people[block[j]!]!;
        if (options.alreadyJoined?.(a.key, b.key)) continue;
        pairs.push({ a: a.key, b: b.key, ...scorePair(a, b, shares, options.household) });
      }
    }
  }
  return pairs;
}
