import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { matchCustomers } from '../../src/identity/fuzzy-pass.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { importFiles, planImport, sourceFilesIn } from '../../src/ingestion/import-files.js';
import { identifierTypes } from '../../src/ingestion/prepare.js';
import { identifierKeys, recordSchemas } from '../../src/ingestion/records.js';
import { standard } from '../../src/ingestion/standardise.js';
import { projectRoot } from '../../src/project.js';
import { readGenerated, runGenerator, type Generated, type SourceRecord } from '../generator/generated.js';
import { readMapping } from '../generator/source-mapping.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, startTestService, type RunningService } from '../support/service.js';

/**
 * Export and erasure of one generated person, checked against what the generator put in for
 * them (its truth file and source files), never against what the graph says: the export holds
 * every record and fact of theirs, and after erasure no property of any node or relationship
 * holds any of their identifiers or names, their records cannot come back, and revenue totals
 * are what they were.
 */
const rules = loadIdentityRules();
const regionOf = new Map<string, string>();

/** A record's values as ingestion standardises them (phones read in the record's country first, as on import). */
function standardised(record: SourceRecord): Record<string, unknown> | undefined {
  if (record.read.malformed) return undefined;
  const fields = record.read.fields;
  if (!regionOf.has(record.source))
    regionOf.set(record.source, readMapping(join(projectRoot, 'sources', `${record.source}.yaml`)).defaultRegion);
  const fallback = regionOf.get(record.source)!;
  const country = standard.country.safeParse(fields.country);
  const regions = country.success && country.data !== fallback ? [country.data, fallback] : [fallback];
  const parsed = recordSchemas({ phoneRegions: regions }).safeParse(fields);
  return parsed.success ? parsed.data : undefined;
}

interface Person {
  id: string;
  records: SourceRecord[];
  clean: SourceRecord[];
  /** Identifier values as written in the files and as standardised, placeholders left out. */
  identifiers: Set<string>;
  standardIdentifiers: Set<string>;
  names: Set<string>;
  /** The ids of their customer records and events (orders keep theirs: they stay, anonymised). */
  recordIds: Set<string>;
}

function personOf(id: string, records: SourceRecord[]): Person {
  const identifiers = new Set<string>();
  const standardIdentifiers = new Set<string>();
  const names = new Set<string>();
  const recordIds = new Set<string>();
  for (const record of records) {
    if (record.read.malformed) continue;
    const fields = record.read.fields;
    const values = standardised(record) ?? {};
    for (const key of identifierKeys) {
      const raw = fields[key] === undefined ? undefined : String(fields[key]).trim();
      if (!raw || rules.isBlocked(identifierTypes[key], raw)) continue;
      identifiers.add(raw.toLowerCase());
      if (typeof values[key] === 'string') {
        identifiers.add((values[key] as string).toLowerCase());
        standardIdentifiers.add(`${identifierTypes[key]} ${values[key]}`);
      }
    }
    for (const key of ['givenName', 'familyName']) if (fields[key]) names.add(String(fields[key]).trim().toLowerCase());
    if (record.kind !== 'order' && fields.sourceId) recordIds.add(String(fields.sourceId).toLowerCase());
  }
  return {
    id,
    records,
    clean: records.filter((record) => record.truth.defect === null && !record.read.malformed),
    identifiers,
    standardIdentifiers,
    names,
    recordIds,
  };
}

/** Every value of theirs as a whole word (letters and digits around it do not count), case-insensitive. */
function wordPattern(values: Iterable<string>): RegExp {
  const escaped = [...values].sort((a, b) => b.length - a.length).map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

describe('export and erasure of a generated person', () => {
  let service: RunningService;
  let data: Generated;
  let person: Person;
  let customerId: string;
  let exported: Record<string, any>;

  /** Every property of every node and relationship, lists included, that holds one of the values. */
  const traces = async (values: Iterable<string>) => {
    const pattern = wordPattern(values);
    const found: string[] = [];
    for (const row of await service.graph.read(cypher.get('test-support/all-properties'))) {
      for (const [key, value] of Object.entries(row.properties as Record<string, unknown>)) {
        for (const item of Array.isArray(value) ? value : [value]) {
          for (const match of String(item).matchAll(pattern))
            found.push(`${(row.kinds as string[]).join(':')}.${key} holds ${match[1]!.toLowerCase()}`);
        }
      }
    }
    return found;
  };
  const everyValue = () => [...person.identifiers, ...person.names, ...person.recordIds];

  beforeAll(async () => {
    const { dir, manifest } = runGenerator(21, 80);
    data = readGenerated(dir, manifest);
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    await importFiles(service.ingestion, planImport(sourceFilesIn(dir), service.ingestion.sources));
    await matchCustomers(service.graph, rules);

    // The person: one with every kind of fact, whose identifiers and names no one else's records
    // carry (a family email stays with the other person), and whose records identity resolution
    // put together on one customer of their own.
    const byPerson = new Map<string, SourceRecord[]>();
    for (const record of data.records)
      if (record.truth.person) byPerson.set(record.truth.person, [...(byPerson.get(record.truth.person) ?? []), record]);
    const customerOfRecord = new Map(
      (await service.graph.read(cypher.get('identity/record-customers'))).map((row) => [
        `${row.source}|${row.sourceId}`,
        row.customerId as string,
      ]),
    );
    const people = [...byPerson].map(([id, records]) => personOf(id, records));
    const valuesOfOthers = (self: Person) =>
      new Set(people.filter((other) => other !== self).flatMap((other) => [...other.identifiers, ...other.names]));
    person = people.find((candidate) => {
      const kinds = new Set(candidate.clean.map((record) => record.kind));
      if (!['customer', 'order', 'touchpoint', 'socialSignal', 'consent'].every((kind) => kinds.has(kind))) return false;
      const others = valuesOfOthers(candidate);
      if ([...candidate.identifiers, ...candidate.names].some((value) => others.has(value))) return false;
      const customers = new Set(candidate.clean.map((record) => customerOfRecord.get(`${record.source}|${record.truth.sourceId}`)));
      if (customers.size !== 1 || customers.has(undefined)) return false;
      const [customer] = customers;
      const keysOfPerson = new Set(candidate.records.map((record) => `${record.source}|${record.truth.sourceId}`));
      return [...customerOfRecord].every(([key, holder]) => holder !== customer || keysOfPerson.has(key));
    })!;
    expect(person).toBeDefined();
    customerId = customerOfRecord.get(`${person.clean[0]!.source}|${person.clean[0]!.truth.sourceId}`)!;
    exported = (await answer(service.url, 'query($id: ID!) { exportCustomer(id: $id) { document } }', { id: customerId })).exportCustomer
      .document;
  }, 600_000);
  afterAll(() => service.stop());

  const cleanOf = (kind: string) => person.clean.filter((record) => record.kind === kind);
  const keyOf = (record: SourceRecord) => `${record.source}|${record.truth.sourceId}`;

  it('exports every record, identity, order, touchpoint, signal and consent the generator put in for the person, and nothing of anyone else', () => {
    const exportedRecords = new Set(
      exported.sourceRecords.map((record: { source: string; sourceId: string }) => `${record.source}|${record.sourceId}`),
    );
    for (const record of person.clean) expect(exportedRecords).toContain(keyOf(record));
    const truthOf = new Map(data.truth.map((truth) => [`${truth.source}|${truth.sourceId}`, truth.person]));
    for (const key of exportedRecords) expect(truthOf.get(key as string)).toBe(person.id);

    const identities = new Set(
      exported.identities.map((identity: { type: string; value: string }) => `${identity.type} ${identity.value}`),
    );
    for (const record of person.clean) {
      const values = standardised(record)!;
      for (const key of identifierKeys) {
        if (typeof values[key] === 'string' && !rules.isBlocked(identifierTypes[key], values[key] as string))
          expect(identities).toContain(`${identifierTypes[key]} ${values[key]}`);
      }
    }

    const orders = new Map(exported.orders.map((order: { id: string }) => [order.id, order]));
    for (const record of cleanOf('order')) {
      const values = standardised(record) as { lines: { sku: string; quantity: number; unitPrice: number }[] };
      const order = orders.get(keyOf(record)) as { lines: { sku: string; quantity: number; unitPrice: string }[] };
      expect(order.lines.map((line) => `${line.sku} ${line.quantity} ${line.unitPrice}`).sort()).toEqual(
        values.lines.map((line) => `${line.sku} ${line.quantity} ${(line.unitPrice / 100).toFixed(2)}`).sort(),
      );
    }
    const touchpoints = new Map(exported.touchpoints.map((touchpoint: { id: string }) => [touchpoint.id, touchpoint]));
    for (const record of cleanOf('touchpoint')) {
      const values = standardised(record)!;
      expect(touchpoints.get(keyOf(record))).toMatchObject({
        type: values.type,
        channel: values.channel,
        searchTerm: values.searchTerm ?? null,
      });
    }
    const signals = new Map(exported.socialSignals.map((signal: { id: string }) => [signal.id, signal]));
    for (const record of cleanOf('socialSignal'))
      expect(signals.get(keyOf(record))).toMatchObject({ text: standardised(record)!.text ?? null });
    const consents = new Map(
      exported.consents
        .flatMap((purpose: { history: { id: string }[] }) => purpose.history)
        .map((event: { id: string }) => [event.id, event]),
    );
    for (const record of cleanOf('consent')) {
      const values = standardised(record)!;
      expect(consents.get(keyOf(record))).toMatchObject({ purpose: values.purpose, status: values.status });
    }
  });

  it('leaves no trace of any of their identifiers, record ids or names in any property of the graph, and keeps revenue totals', async () => {
    // Before: the scan sees every standardised identifier and every name of the person.
    const before = await traces(everyValue());
    for (const value of [...person.standardIdentifiers].map((identifier) => identifier.split(' ')[1]!.toLowerCase()))
      expect(before.join('\n')).toContain(`holds ${value}`);
    for (const record of cleanOf('customer')) {
      for (const key of ['givenName', 'familyName']) {
        const value = standardised(record)![key];
        if (typeof value === 'string') expect(before.join('\n')).toContain(`holds ${value.toLowerCase()}`);
      }
    }
    const revenue = await service.graph.read(cypher.get('test-support/revenue-totals'));

    const { eraseCustomer } = await answer(
      service.url,
      `mutation($id: ID!) { eraseCustomer(id: $id) { customerId alreadyErased ordersAnonymised touchpoints socialSignals consents suppressions sharedIdentifiersKept } }`,
      { id: customerId },
    );
    expect(eraseCustomer).toMatchObject({
      customerId,
      alreadyErased: false,
      sharedIdentifiersKept: 0,
      ordersAnonymised: exported.orders.length,
      touchpoints: exported.touchpoints.length,
      socialSignals: exported.socialSignals.length,
      consents: exported.consents.flatMap((purpose: { history: unknown[] }) => purpose.history).length,
    });
    expect(eraseCustomer.ordersAnonymised).toBeGreaterThanOrEqual(cleanOf('order').length);

    expect(await traces(everyValue())).toEqual([]);
    expect(await service.graph.read(cypher.get('test-support/revenue-totals'))).toEqual(revenue);
  });

  it('refuses every record of the person when it arrives again, keeping nothing of it', async () => {
    const counts = await service.graph.read(cypher.get('test-support/graph-counts'));
    const incoming = person.records
      .filter((record) => !record.read.malformed)
      .map((record) => ({ original: record.read.raw, fields: (record.read as { fields: Record<string, unknown> }).fields }));
    const { results } = await service.ingestion.ingestBatch(incoming);
    expect(results.map((result) => result.status)).toEqual(incoming.map(() => 'rejected'));
    const suppressed = results.filter((result) => result.suppressed);
    expect(suppressed.length).toBeGreaterThanOrEqual(person.clean.length);
    const pattern = wordPattern([...person.identifiers, ...person.names]);
    for (const result of suppressed) expect(result.reasons.join(' ')).not.toMatch(pattern);
    expect(await service.graph.read(cypher.get('test-support/graph-counts'))).toEqual(counts);
    expect(await traces(everyValue())).toEqual([]);
  });
});
