import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generator/generate.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { importFiles, planImport, sourceFilesIn } from '../../src/ingestion/import-files.js';
import { Ingestion, type IncomingRecord } from '../../src/ingestion/ingest.js';
import { loadSources, sourceOf, type Source } from '../../src/ingestion/sources.js';
import { resetGraph, testGraph, testHasher } from '../support/graph.js';

/**
 * The same records make the same graph: the same customers (named after their first records),
 * the same owner for every event and the same NEXT links, whatever the batch size and whatever
 * order events of equal time arrive in.
 */
describe('deterministic journeys', () => {
  const graph = testGraph(120_000);
  afterAll(() => graph.close());

  /** Who owns each event and how the events are linked, after importing into an empty graph. */
  async function journeysAfter(load: () => Promise<unknown>) {
    await resetGraph(graph);
    await load();
    return {
      owners: (await graph.read(cypher.get('test-support/journey-event-owners')))
        .map((row) => `${row.id as string} ${row.customerId as string}`)
        .sort(),
      links: (await graph.read(cypher.get('test-support/journey-links'))).map(
        (row) => `${row.earlier as string} -> ${row.later as string}`,
      ),
    };
  }

  it("links a shared mailbox's visits, some at the same second, the same way in batches of any size and order", async () => {
    const sources = new Map<string, Source>([
      ['crm', sourceOf({ source: 'crm', defaultRegion: 'NL', trust: 4, kinds: {} })],
      ['kiosk', sourceOf({ source: 'kiosk', defaultRegion: 'NL', trust: 1, kinds: {} })],
    ]);
    const ingestion = new Ingestion(graph, sources, loadIdentityRules(), testHasher());
    const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
    const mailbox = 'de.wit.thuis@example.nl';
    // Two people of one household, one mailbox: neither is the other.
    const people = [
      record({
        kind: 'customer',
        source: 'crm',
        sourceId: 'K-88',
        email: mailbox,
        givenName: 'Femke',
        familyName: 'de Wit',
        birthDate: '1961-07-19',
      }),
      record({
        kind: 'customer',
        source: 'crm',
        sourceId: 'K-12',
        email: mailbox,
        givenName: 'Joris',
        familyName: 'de Wit',
        birthDate: '1994-02-03',
      }),
    ];
    const visit = (sourceId: string, at: string) =>
      record({ kind: 'touchpoint', source: 'kiosk', sourceId, type: 'STORE_VISIT', channel: 'STORE', at, email: mailbox });
    const visits = [
      visit('z-last-id', '2026-05-01T09:00:00Z'),
      visit('a-first-id', '2026-05-01T09:00:00Z'),
      visit('m-later', '2026-05-03T17:45:00Z'),
      visit('b-earlier', '2026-04-30T08:15:00Z'),
    ];

    const together = await journeysAfter(() => ingestion.run([...people, ...visits], { batchSize: 1000 }));
    const oneByOne = await journeysAfter(() => ingestion.run([...people, ...[...visits].reverse()], { batchSize: 1 }));
    const inPairs = await journeysAfter(() => ingestion.run([...people, ...visits.slice(2), ...visits.slice(0, 2)], { batchSize: 2 }));
    const twoInFlight = await journeysAfter(() => ingestion.run([...people, ...visits], { batchSize: 1, inFlight: 2 }));

    expect(together.links).toEqual([
      'kiosk|a-first-id -> kiosk|z-last-id',
      'kiosk|b-earlier -> kiosk|a-first-id',
      'kiosk|z-last-id -> kiosk|m-later',
    ]);
    expect(new Set(together.owners.map((owner) => owner.split(' ')[1])).size).toBe(1);
    expect(oneByOne).toEqual(together);
    expect(inPairs).toEqual(together);
    expect(twoInFlight).toEqual(together);
  });

  it('keeps the newer of two copies of an event in one batch, as batches of one do, wherever the older copy comes', async () => {
    const sources = new Map<string, Source>([['kiosk', sourceOf({ source: 'kiosk', defaultRegion: 'NL', trust: 1, kinds: {} })]]);
    const ingestion = new Ingestion(graph, sources, loadIdentityRules(), testHasher());
    const visit = (sourceId: string, at: string, updatedAt: string): IncomingRecord => {
      const fields = {
        kind: 'touchpoint',
        source: 'kiosk',
        sourceId,
        type: 'STORE_VISIT',
        channel: 'STORE',
        at,
        updatedAt,
        loyaltyId: 'LP-4410',
      };
      return { original: fields, fields };
    };
    const corrected = visit('v-7', '2026-06-02T18:30:00Z', '2026-06-03T00:00:00Z');
    const stale = visit('v-7', '2026-06-01T07:00:00Z', '2026-06-02T00:00:00Z');
    const others = [
      visit('v-5', '2026-06-01T12:00:00Z', '2026-06-01T12:00:00Z'),
      visit('v-6', '2026-06-02T09:00:00Z', '2026-06-02T09:00:00Z'),
    ];

    const inOne = await journeysAfter(() => ingestion.run([...others, corrected, stale], { batchSize: 1000 }));
    const alone = await journeysAfter(() => ingestion.run([...others, corrected, stale], { batchSize: 1 }));
    expect(inOne.links).toEqual(['kiosk|v-5 -> kiosk|v-6', 'kiosk|v-6 -> kiosk|v-7']);
    expect(alone).toEqual(inOne);
  });

  it('gives a generated set the same customers and journeys in two imports, in batches of another size and two batches in flight', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deterministic-'));
    try {
      generate({ seed: 23, customers: 40, out: dir });
      const sources = loadSources();
      const ingestion = new Ingestion(graph, sources, loadIdentityRules(), testHasher());
      const plan = planImport(sourceFilesIn(dir), sources);
      const first = await journeysAfter(() => importFiles(ingestion, plan, { batchSize: 1000 }));
      const second = await journeysAfter(() => importFiles(ingestion, plan, { batchSize: 1000 }));
      const smaller = await journeysAfter(() => importFiles(ingestion, plan, { batchSize: 97 }));
      // Two batches written at once when they share no identifier, record or product.
      const twoInFlight = await journeysAfter(() => importFiles(ingestion, plan, { batchSize: 97, inFlight: 2 }));
      expect(first.links.length).toBeGreaterThan(500);
      expect(second).toEqual(first);
      expect(smaller).toEqual(first);
      expect(twoInFlight).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
