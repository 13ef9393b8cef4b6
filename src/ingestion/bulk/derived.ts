import { customerAttributes } from '../../vocabulary.js';
import { epochNanos } from './load-clock.js';
import type { PlannedRecord } from './planned-graph.js';

/**
 * What the online import derives with its refresh statements, computed in memory from the records
 * each customer holds: the golden record (ingestion/refresh-profiles) and the journey links
 * (ingestion/relink-journeys). Shared by the bulk load and bench:ingest's lean ceiling.
 */

/**
 * A customer's golden record as ingestion/refresh-profiles picks it: per attribute the most trusted
 * customer record that has a value, the newest among equals (updatedAt, or else when it was
 * imported), then by source and id. `winners` names the record each value comes from (VALUE_FROM).
 */
export function goldenRecord(records: PlannedRecord[]) {
  const ranked = records.filter(({ prepared }) => prepared.record.kind === 'customer').sort(byTrustThenAge);
  const golden: Record<string, unknown> = {};
  const winners = new Map<string, PlannedRecord>();
  for (const attribute of customerAttributes) {
    const winner = ranked.find(({ prepared }) => (prepared.record as Record<string, unknown>)[attribute] != null);
    if (!winner) continue;
    golden[attribute] = (winner.prepared.record as Record<string, unknown>)[attribute];
    winners.set(attribute, winner);
  }
  return { golden, winners };
}

function byTrustThenAge(a: PlannedRecord, b: PlannedRecord): number {
  const [x, y] = [a.prepared, b.prepared];
  const [ageA, ageB] = [epochNanos(x.record.updatedAt ?? a.importedAt), epochNanos(y.record.updatedAt ?? b.importedAt)];
  return (
    y.trust - x.trust ||
    (ageA > ageB ? -1 : ageA < ageB ? 1 : 0) ||
    compare(x.record.source, y.record.source) ||
    compare(x.record.sourceId, y.record.sourceId)
  );
}

/** Strings in Cypher's order (code units), not the locale's. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const eventLabels = { order: 'Order', touchpoint: 'Touchpoint', socialSignal: 'SocialSignal' } as const;

export interface JourneyLink {
  earlier: string;
  earlierLabel: string;
  later: string;
  laterLabel: string;
}

/** Consecutive events of each customer, by time then id, as ingestion/relink-journeys links them. */
export function journeyLinks(records: Iterable<PlannedRecord>): JourneyLink[] {
  const journeys = new Map<string, { id: string; label: string; at: bigint }[]>();
  for (const {
    prepared: { record },
    customerId,
  } of records) {
    if (!customerId || (record.kind !== 'order' && record.kind !== 'touchpoint' && record.kind !== 'socialSignal')) continue;
    const at = epochNanos(record.kind === 'order' ? record.placedAt : record.at);
    if (!journeys.has(customerId)) journeys.set(customerId, []);
    journeys.get(customerId)!.push({ id: `${record.source}|${record.sourceId}`, label: eventLabels[record.kind], at });
  }
  return [...journeys.values()].flatMap((events) => {
    events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : compare(a.id, b.id)));
    return events.slice(1).map((later, index) => ({
      earlier: events[index]!.id,
      earlierLabel: events[index]!.label,
      later: later.id,
      laterLabel: later.label,
    }));
  });
}
