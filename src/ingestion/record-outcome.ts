import type { Merge } from '../identity/resolve.js';

/** `skipped` is a mapping's skip rule, decided before a record reaches a batch. */
export type RecordStatus = 'accepted' | 'updated' | 'unchanged' | 'rejected' | 'skipped';

export interface RecordOutcome {
  status: RecordStatus;
  customerId?: string;
  reasons: string[];
  /** Links to other customers the identity rules refused (also told in reasons). */
  refusedLinks?: number;
  /** Refused for carrying an erased person's identifier: nothing of the record may be kept. */
  suppressed?: boolean;
  /** The first record of a customer this batch created (so a summary can count people, not records). */
  newCustomer?: boolean;
}

export interface BatchOutcome {
  outcomes: RecordOutcome[];
  merges: Merge[];
  /** Transactions tried again: on a transient error (a deadlock), or after a concurrent merge. */
  retries?: number;
  /** Transactions that ran out of time and were written again in halves. */
  timeouts?: number;
  /** Seconds in the transaction up to the resolved identities (reads, locks, resolution), then after (writes, commit). */
  resolveSeconds?: number;
  writeSeconds?: number;
}

/** The customers a batch changed: what follows a batch (matching, segments) is told about them. */
export function changedCustomers({ outcomes, merges }: BatchOutcome): string[] {
  const changed = outcomes
    .filter((outcome) => outcome.status === 'accepted' || outcome.status === 'updated')
    .flatMap((outcome) => outcome.customerId ?? []);
  return [...new Set([...changed, ...merges.map((merge) => merge.survivor)])];
}
