import { randomUUID } from 'node:crypto';
import { identifierKey } from '../../identity/resolve.js';
import { customerAttributes } from '../../vocabulary.js';
import { consentRow, orderRow, socialSignalRow, touchpointRow } from '../fact-rows.js';
import type { ImportFile } from '../../embedded-neo4j/offline-import.js';
import { CsvGraph, type ColumnType } from './csv-files.js';
import { eventLabels, goldenRecord, journeyLinks } from './derived.js';
import { recordKey } from '../batch-decisions.js';
import type { PlannedGraph, PlannedRecord } from './planned-graph.js';

/**
 * The planned graph as the importer's CSV files, node for node and link for link what the online
 * import's statements write (cypher/ingestion/upsert-*, refresh-profiles, relink-journeys,
 * merge-customers), golden records and journeys derived in memory. History differs by nature: a
 * golden value's AttributeChange is written once, as its first value, not each value it had on
 * the way.
 */
const text = 'string' as const;
const attributeColumns = Object.fromEntries(customerAttributes.map((name) => [name, text])) as Record<string, ColumnType>;
const customerColumns = { createdAt: 'datetime', updatedAt: 'datetime', ...attributeColumns } as const;
const recordColumns = {
  source: text,
  kind: text,
  sourceId: text,
  updatedAt: 'datetime',
  importedAt: 'datetime',
  hash: text,
  trust: 'number',
  ...attributeColumns,
} as const;

export function writeGraphFiles(graph: PlannedGraph, dir: string): { nodes: ImportFile[]; relationships: ImportFile[]; rows: number } {
  const csv = new CsvGraph(dir);
  writeVocabulary(graph, csv);
  writeCustomers(graph, csv);
  for (const planned of graph.records.values()) writeRecord(planned, csv);
  for (const link of journeyLinks(graph.records.values()))
    csv.relationship('NEXT', [link.earlierLabel, link.earlier], [link.laterLabel, link.later]);
  return csv.close();
}

function writeVocabulary(graph: PlannedGraph, csv: CsvGraph): void {
  for (const identity of graph.identities.values())
    csv.node('Identity', 'Identity', null, identifierKey(identity), { type: text, value: text, firstSeenAt: 'datetime' }, identity);
  for (const name of graph.channels) csv.node('Channel', 'Channel', 'name', name, {}, {});
  for (const name of graph.topics) csv.node('Topic', 'Topic', 'name', name, {}, {});
  for (const category of graph.categories.values()) {
    csv.node('Category', 'Category', 'path', category.path, { name: text, level: 'long', words: 'string[]' }, { ...category });
    if (category.parent) csv.relationship('SUBCATEGORY_OF', ['Category', category.path], ['Category', category.parent]);
  }
  for (const { sku, row, categories, topics } of graph.products.values()) {
    csv.node('Product', 'Product', 'sku', sku, { name: text, words: 'string[]', brand: text, price: 'number', currency: text }, row);
    for (const path of categories) csv.relationship('IN_CATEGORY', ['Product', sku], ['Category', path]);
    for (const topic of topics) csv.relationship('ABOUT', ['Product', sku], ['Topic', topic]);
  }
}

function writeCustomers(graph: PlannedGraph, csv: CsvGraph): void {
  for (const customer of graph.customers.values()) {
    const { golden, winners } = goldenRecord([...customer.records].map((key) => graph.records.get(key)!));
    csv.node('Customer', 'Customer', 'id', customer.id, customerColumns, { ...customer, ...golden });
    for (const key of customer.claims.keys()) csv.relationship('HAS_IDENTITY', ['Customer', customer.id], ['Identity', key]);
    for (const [attribute, winner] of winners) {
      const { record } = winner.prepared;
      csv.relationship('VALUE_FROM', ['Customer', customer.id], ['SourceRecord', recordKey(record)], { attribute: text }, { attribute });
      const change = randomUUID();
      csv.node(
        'AttributeChange',
        'AttributeChange',
        'id',
        change,
        { attribute: text, newValue: text, source: text, sourceId: text, at: 'datetime' },
        { attribute, newValue: golden[attribute] as string, source: record.source, sourceId: record.sourceId, at: customer.updatedAt },
      );
      csv.relationship('CHANGED', ['Customer', customer.id], ['AttributeChange', change]);
    }
  }
  for (const merge of graph.merges) {
    const { absorbed } = merge;
    csv.node(
      'MergedCustomer',
      'MergedCustomer',
      'id',
      absorbed.id,
      { ...customerColumns, mergedAt: 'datetime' },
      {
        ...absorbed,
        ...merge.golden,
        mergedAt: merge.at,
      },
    );
    const survivor = graph.customers.has(merge.survivor) ? 'Customer' : 'MergedCustomer';
    csv.relationship(
      'MERGED_INTO',
      ['MergedCustomer', absorbed.id],
      [survivor, merge.survivor],
      { at: 'datetime', reason: text, records: 'string[]' },
      { at: merge.at, reason: merge.reason, records: merge.records },
    );
  }
}

const factLabels = { ...eventLabels, consent: 'Consent' } as const;
const byCustomer = { order: 'PLACED', touchpoint: 'DID', socialSignal: 'POSTED', consent: 'GAVE' } as const;

function writeRecord({ prepared, customerId, importedAt }: PlannedRecord, csv: CsvGraph): void {
  const { record } = prepared;
  const key = recordKey(record);
  const attributes = record.kind === 'customer' ? Object.fromEntries(customerAttributes.map((name) => [name, record[name]])) : {};
  csv.node('SourceRecord', 'SourceRecord', null, key, recordColumns, {
    source: record.source,
    kind: record.kind,
    sourceId: record.sourceId,
    updatedAt: record.updatedAt,
    importedAt,
    hash: prepared.hash,
    trust: prepared.trust,
    ...attributes,
  });
  if (customerId) csv.relationship('ABOUT', ['SourceRecord', key], ['Customer', customerId]);
  for (const identifier of prepared.identifiers) csv.relationship('CLAIMS', ['SourceRecord', key], ['Identity', identifierKey(identifier)]);
  if (record.kind === 'customer') return;
  if (record.kind === 'product') {
    csv.relationship('RECORDED', ['SourceRecord', key], ['Product', record.sourceId]);
    return;
  }
  const id = `${record.source}|${record.sourceId}`;
  const label = factLabels[record.kind];
  csv.relationship('RECORDED', ['SourceRecord', key], [label, id]);
  csv.relationship(byCustomer[record.kind], ['Customer', customerId!], [label, id]);
  writeFact(record, customerId!, csv);
}

function writeFact(record: PlannedRecord['prepared']['record'], customerId: string, csv: CsvGraph): void {
  if (record.kind === 'order') {
    const row = orderRow(record, customerId);
    csv.node(
      'Order',
      'Order',
      'id',
      row.id,
      { placedAt: 'datetime', currency: text, total: 'number', source: text, channel: text },
      {
        ...row,
        total: row.totalMinor,
      },
    );
    csv.relationship('VIA', ['Order', row.id], ['Channel', row.channel]);
    for (const line of row.lines)
      csv.relationship('CONTAINS', ['Order', row.id], ['Product', line.sku], { quantity: 'number', unitPrice: 'number' }, line);
  } else if (record.kind === 'touchpoint') {
    const row = touchpointRow(record, customerId);
    csv.node('Touchpoint', 'Touchpoint', 'id', row.id, touchpointColumns, row);
    csv.relationship('ON', ['Touchpoint', row.id], ['Channel', row.channel]);
    if (row.sku) csv.relationship('ABOUT', ['Touchpoint', row.id], ['Product', row.sku]);
    if (row.topic) csv.relationship('ABOUT', ['Touchpoint', row.id], ['Topic', row.topic]);
  } else if (record.kind === 'socialSignal') {
    const row = socialSignalRow(record, customerId);
    csv.node('SocialSignal', 'SocialSignal', 'id', row.id, signalColumns, row);
    for (const sku of new Set(row.skus)) csv.relationship('MENTIONS', ['SocialSignal', row.id], ['Product', sku]);
    for (const topic of new Set(row.topics)) csv.relationship('MENTIONS', ['SocialSignal', row.id], ['Topic', topic]);
  } else if (record.kind === 'consent') {
    const row = consentRow(record, customerId);
    csv.node('Consent', 'Consent', 'id', row.id, { purpose: text, status: text, at: 'datetime', source: text }, row);
  }
}

const touchpointColumns = {
  type: text,
  at: 'datetime',
  channel: text,
  source: text,
  searchTerm: text,
  words: 'string[]',
  campaign: text,
  score: 'number',
  comment: text,
  resolved: 'boolean',
  event: text,
  url: text,
  referrer: text,
  properties: text,
  context: text,
} as const;

const signalColumns = { type: text, platform: text, text, words: 'string[]', sentiment: 'number', at: 'datetime', source: text } as const;
