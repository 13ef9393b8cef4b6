import { cypher } from '../graph/cypher-library.js';
import { composedStatement, useFragment } from '../graph/fragments.js';
import type { Graph, Row } from '../graph/graph.js';
import type { PendingAudit } from '../audit/trail.js';
import { liveCustomerOf } from './subject.js';

/**
 * The right of access: everything the graph holds about one person as one JSON document, in
 * sections a person (or their lawyer) can read and a program can parse. Money is given as
 * decimal strings with its currency; times as ISO-8601 UTC.
 */
const exportStatement = composedStatement(
  'privacy/export',
  'read',
  useFragment(cypher.get('privacy/export'), null, { mergedInto: useFragment(cypher.get('customers/merged-into'), null) }),
  'privacy/export with the merged-id walk of customers/merged-into',
);

export const exportFormat = 'customer-graph/personal-data-export/v1';

export interface ExportRecord {
  customerId: string;
  exportedAt: string;
  document: Record<string, unknown>;
}

/** What a source record holds that is about the record itself, not a value it said. */
const recordBookkeeping = new Set(['source', 'sourceId', 'kind', 'updatedAt', 'importedAt', 'hash', 'trust']);

type Item = Record<string, unknown>;
const items = (row: Row, name: string) => row[name] as Item[];
const byTime = (field: string) => (a: Item, b: Item) => String(a[field]).localeCompare(String(b[field]));
const amount = (minor: unknown) => (Number(minor) / 100).toFixed(2);

/** The export sees every access so far: the audit entries still waiting are written first. */
export async function exportCustomer(graph: Graph, audit: PendingAudit, id: string): Promise<ExportRecord> {
  await audit.flush();
  return graph.transaction('read', async (tx) => {
    const customerId = await liveCustomerOf(tx, id);
    const [row] = await tx.run(exportStatement, { id: customerId });
    const exportedAt = new Date().toISOString();
    return { customerId, exportedAt, document: documentOf(row!, customerId, exportedAt) };
  });
}

function documentOf(row: Row, customerId: string, exportedAt: string): Record<string, unknown> {
  const merges = items(row, 'merges');
  return {
    format: exportFormat,
    exportedAt,
    subject: { customerId, mergedIds: merges.map((merge) => merge.id) },
    profile: { ...(row.profile as Item), attributeSources: items(row, 'attributeSources') },
    identities: items(row, 'identities'),
    sourceRecords: items(row, 'sourceRecords')
      .map(
        (record): Item => ({
          ...record,
          values: Object.fromEntries(Object.entries(record.values as Item).filter(([key]) => !recordBookkeeping.has(key))),
        }),
      )
      .sort((a, b) => `${a.source}|${a.sourceId}`.localeCompare(`${b.source}|${b.sourceId}`)),
    orders: items(row, 'orders')
      .map((order) => ({
        ...order,
        total: amount(order.total),
        lines: (order.lines as Item[]).map((line) => ({ ...line, unitPrice: amount(line.unitPrice) })),
      }))
      .sort(byTime('placedAt')),
    touchpoints: items(row, 'touchpoints').sort(byTime('at')),
    socialSignals: items(row, 'socialSignals').sort(byTime('at')),
    consents: consentsOf(items(row, 'consents')),
    attributeHistory: (row.attributeHistory as Item[][]).flat().sort(byTime('at')),
    merges,
    segments: items(row, 'segments'),
    household: items(row, 'household')[0] ?? null,
    disclosures: items(row, 'disclosures').sort(byTime('at')),
    accessLog: (row.accessLog as Item[][]).flat().sort(byTime('at')),
  };
}

/** Per purpose: the decision in force (the latest) and every decision, newest first. */
function consentsOf(events: Item[]) {
  const purposes = [...new Set(events.map((event) => event.purpose as string))].sort();
  return purposes.map((purpose) => {
    const history = events
      .filter((event) => event.purpose === purpose)
      .sort((a, b) => String(b.at).localeCompare(String(a.at)) || String(b.id).localeCompare(String(a.id)));
    return { purpose, inForce: history[0], history };
  });
}
