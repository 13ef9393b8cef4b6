import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generator/generate.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { importFiles, planImport, sourceFilesIn } from '../../src/ingestion/import-files.js';
import { readSourceFile } from '../../src/ingestion/read.js';
import { recordSchemas } from '../../src/ingestion/records.js';
import { stageTable } from '../../src/journeys/stages.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, startTestService, type RunningService } from '../support/service.js';

/**
 * A generated graph (six sources, duplicates, dirt, events out of order), imported through the
 * product. The test rebuilds every journey itself from the source files: the facts of each event
 * (type, channel, time, product) from the files, only who it belongs to from the graph; then sorts,
 * cuts and counts in TypeScript, without NEXT and without the product's Cypher.
 */
interface Event {
  id: string;
  type: string;
  channel: string;
  at: number;
  sku?: string;
  score?: number;
}

interface Expected {
  /** Each customer's events in time order (then id, as NEXT links them). */
  journeys: Map<string, Event[]>;
  country: Map<string, string | null>;
  products: Set<string>;
}

type Counted = Map<string, number>;
const count = (counted: Counted, key: unknown[]) => counted.set(JSON.stringify(key), (counted.get(JSON.stringify(key)) ?? 0) + 1);

async function eventsInFiles(dir: string, sources: RunningService['ingestion']['sources']) {
  const events = new Map<string, Event>();
  const products = new Set<string>();
  for (const { file, source, kind, format } of planImport(sourceFilesIn(dir), sources)) {
    if (!['touchpoint', 'order', 'socialSignal', 'product'].includes(kind)) continue;
    const schema = recordSchemas({ phoneRegions: [source.defaultRegion] });
    for await (const row of readSourceFile(file, format, source, kind)) {
      const parsed = row.fields && schema.safeParse(row.fields);
      if (!parsed?.success) continue;
      const record = parsed.data;
      if (record.kind === 'product') products.add(record.sourceId);
      if (record.kind === 'touchpoint')
        events.set(`${source.source}|${record.sourceId}`, {
          id: `${source.source}|${record.sourceId}`,
          type: record.type,
          channel: record.channel,
          at: Date.parse(record.at),
          sku: record.sku,
          score: record.score,
        });
      // A social signal is a step on its platform.
      if (record.kind === 'socialSignal')
        events.set(`${source.source}|${record.sourceId}`, {
          id: `${source.source}|${record.sourceId}`,
          type: record.type,
          channel: record.platform,
          at: Date.parse(record.at),
        });
      if (record.kind === 'order')
        events.set(`${source.source}|${record.sourceId}`, {
          id: `${source.source}|${record.sourceId}`,
          type: 'ORDER',
          channel: record.channel,
          at: Date.parse(record.placedAt),
        });
    }
  }
  return { events, products };
}

const byTimeThenId = (a: Event, b: Event) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('journey statistics on a generated graph', () => {
  let service: RunningService;
  let expected: Expected;
  const dir = mkdtempSync(join(tmpdir(), 'journeys-'));
  const ask = (query: string) => answer(service.url, query);
  const stage = (event: Event) =>
    stageTable
      .stageOf({
        type: event.type,
        bought: false,
        aboutProduct: event.sku !== undefined && expected.products.has(event.sku),
        score: event.score,
      })
      .toUpperCase();

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    generate({ seed: 11, customers: 150, out: dir });
    await importFiles(service.ingestion, planImport(sourceFilesIn(dir), service.ingestion.sources));

    const { events, products } = await eventsInFiles(dir, service.ingestion.sources);
    const owners = await service.graph.read(cypher.get('test-support/journey-event-owners'));
    const journeys = new Map<string, Event[]>();
    const country = new Map<string, string | null>();
    for (const owner of owners) {
      const event = events.get(owner.id as string);
      expect(event, `${owner.id as string} is in the graph but not in the files`).toBeDefined();
      journeys.set(owner.customerId as string, [...(journeys.get(owner.customerId as string) ?? []), event!]);
      country.set(owner.customerId as string, owner.country as string | null);
    }
    for (const journey of journeys.values()) journey.sort(byTimeThenId);
    expected = { journeys, country, products };
  }, 600_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await service.stop();
  });

  /** The API's top groups equal the expected counts, and nothing left out is larger. */
  function expectTop(rows: { key: unknown[]; customers: number }[], counted: Counted, limit: number) {
    expect(rows.length).toBe(Math.min(limit, counted.size));
    for (const row of rows) expect([row.key, row.customers]).toEqual([row.key, counted.get(JSON.stringify(row.key))]);
    const shown = new Set(rows.map((row) => JSON.stringify(row.key)));
    const smallest = Math.min(...rows.map((row) => row.customers));
    for (const [key, customers] of counted) if (!shown.has(key)) expect(customers, key).toBeLessThanOrEqual(smallest);
    expect(rows.map((row) => row.customers)).toEqual([...rows.map((row) => row.customers)].sort((a, b) => b - a));
  }

  it('has journeys worth counting', () => {
    const buyers = [...expected.journeys.values()].filter((journey) => journey.some((event) => event.type === 'ORDER'));
    expect(expected.journeys.size).toBeGreaterThan(100);
    expect(buyers.length).toBeGreaterThan(20);
    expect(expected.journeys.size - buyers.length).toBeGreaterThan(5);
  });

  for (const maxSteps of [1, 3, 5, 10]) {
    it(`counts the paths to a first purchase within ${maxSteps} steps, by channel and by stage`, async () => {
      const byChannel: Counted = new Map();
      const byStage: Counted = new Map();
      for (const journey of expected.journeys.values()) {
        const order = journey.findIndex((event) => event.type === 'ORDER');
        if (order < 0 || order >= maxSteps) continue;
        const path = journey.slice(0, order + 1);
        count(
          byChannel,
          path.map((event) => event.channel),
        );
        count(byStage, path.map(stage));
      }
      const data = await ask(`{
        channel: journeyPaths(maxSteps: ${maxSteps}, first: 100) { customers paths { steps customers share } }
        stage: journeyPaths(by: STAGE, maxSteps: ${maxSteps}, first: 100) { customers paths { steps customers } }
      }`);
      const buyers = [...byChannel.values()].reduce((sum, n) => sum + n, 0);
      expect([data.channel.customers, data.stage.customers]).toEqual([buyers, buyers]);
      expectTop(
        data.channel.paths.map((path: { steps: string[]; customers: number }) => ({ key: path.steps, customers: path.customers })),
        byChannel,
        100,
      );
      expectTop(
        data.stage.paths.map((path: { steps: string[]; customers: number }) => ({ key: path.steps, customers: path.customers })),
        byStage,
        100,
      );
      if (maxSteps >= 5) expect(buyers).toBeGreaterThan(5);
      for (const path of data.channel.paths) expect(path.share).toBeCloseTo(path.customers / buyers, 10);
    });
  }

  it('counts entry points by channel and country', async () => {
    const counted: Counted = new Map();
    for (const [customer, journey] of expected.journeys) count(counted, [journey[0]!.channel, expected.country.get(customer) ?? null]);
    const { journeyEntryPoints } = await ask('{ journeyEntryPoints(first: 100) { channel country customers } }');
    expectTop(
      journeyEntryPoints.map((point: { channel: string; country: string | null; customers: number }) => ({
        key: [point.channel, point.country],
        customers: point.customers,
      })),
      counted,
      100,
    );
  });

  it('counts where journeys stop before buying', async () => {
    const counted: Counted = new Map();
    for (const journey of expected.journeys.values()) {
      if (journey.some((event) => event.type === 'ORDER')) continue;
      const last = journey.at(-1)!;
      count(counted, [last.type, last.channel, stage(last)]);
    }
    const { journeyDropOffs } = await ask('{ journeyDropOffs(first: 100) { type channel stage customers } }');
    expectTop(
      journeyDropOffs.map((drop: { type: string; channel: string; stage: string; customers: number }) => ({
        key: [drop.type, drop.channel, drop.stage],
        customers: drop.customers,
      })),
      counted,
      100,
    );
  });

  it('gives every customer of a page their own journey in order, with its switches', async () => {
    const { customers } = await ask(
      '{ customers(first: 100) { nodes { id journey { steps { id channel channelChanged } channelSwitches { count } entry { id } } } } }',
    );
    expect(customers.nodes.length).toBeGreaterThan(50);
    for (const customer of customers.nodes) {
      const journey = expected.journeys.get(customer.id) ?? [];
      expect(customer.journey.steps.map((step: { id: string }) => step.id)).toEqual(journey.map((event) => event.id));
      const switches = journey.filter((event, index) => index > 0 && event.channel !== journey[index - 1]!.channel).length;
      expect(customer.journey.channelSwitches.count).toBe(switches);
      expect(customer.journey.entry?.id ?? null).toBe(journey[0]?.id ?? null);
    }
  });
});
