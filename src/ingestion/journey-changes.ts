import type { PreparedRecord } from './prepare.js';

/**
 * Per customer, the time of the earliest order, touchpoint or social signal the batch wrote: the journey is
 * relinked from there. Customers whose records moved are relinked whole (since null).
 */
export function journeyChanges(written: { record: PreparedRecord['record']; customerId: string }[], whole: string[]) {
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
