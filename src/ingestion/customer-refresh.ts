import type { Merge } from '../identity/resolve.js';
import type { PreparedRecord } from './prepare.js';
import type { RecordOutcome } from './record-outcome.js';

/** A record a batch wrote, with where it went and, for a new version, the customer the old one was about. */
export interface WrittenRecord {
  record: PreparedRecord['record'];
  outcome: RecordOutcome;
  customerBefore?: string;
}

/**
 * What a batch must derive again, per customer: the links rebuilt from their records (merge
 * survivors, and both customers of a record that moved), the golden records (customers whose
 * customer records changed, and those rebuilt) and the journeys (relinked from the earliest event
 * the batch wrote; whole for those rebuilt).
 */
export function customerRefresh(written: WrittenRecord[], merges: Merge[]) {
  const moved = written.flatMap(({ outcome, customerBefore }) =>
    outcome.status === 'updated' && customerBefore ? [customerBefore, outcome.customerId!] : [],
  );
  const rebuild = unique([...merges.map((merge) => merge.survivor), ...moved]);
  const profileChanged = written.filter(({ record }) => record.kind === 'customer').map(({ outcome }) => outcome.customerId!);
  return {
    rebuild,
    profiles: unique([...profileChanged, ...rebuild]),
    journeys: journeyChanges(
      written.map(({ record, outcome }) => ({ record, customerId: outcome.customerId! })),
      rebuild,
    ),
  };
}

/**
 * Per customer, the time of the earliest order, touchpoint or social signal the batch wrote: the journey is
 * relinked from there. Customers whose records moved are relinked whole (since null).
 */
function journeyChanges(written: { record: PreparedRecord['record']; customerId: string }[], whole: string[]) {
  const since = new Map<string, string | null>(whole.map((id) => [id, null]));
  for (const { record, customerId } of written) {
    const at =
      record.kind === 'order' ? record.placedAt : record.kind === 'touchpoint' || record.kind === 'socialSignal' ? record.at : undefined;
    const earliest = since.get(customerId);
    if (!at || earliest === null) continue;
    if (earliest === undefined || at < earliest) since.set(customerId, at);
  }
  return [...since].map(([id, at]) => ({ id, since: at }));
}

const unique = (ids: string[]) => [...new Set(ids.filter(Boolean))].sort();
