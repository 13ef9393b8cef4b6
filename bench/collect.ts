import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { withTrackingSource } from '../src/collection/collect.js';
import { loadConfig } from '../src/config.js';
import { startEmbedded, stopEmbedded } from '../src/embedded-neo4j/instance.js';
import { cypher } from '../src/graph/cypher-library.js';
import { Graph } from '../src/graph/graph.js';
import { applyMigrations, migrationsOf } from '../src/graph/migrations.js';
import { loadIdentityRules } from '../src/identity/rules.js';
import { importFiles, planImport } from '../src/ingestion/import-files.js';
import { Ingestion } from '../src/ingestion/ingest.js';
import { loadSources } from '../src/ingestion/sources.js';
import { createLogger } from '../src/observability/log.js';
import { IdentifierHasher } from '../src/privacy/suppression.js';
import { projectRoot } from '../src/project.js';
import { createService } from '../src/service.js';
import { median } from './api/measure.js';

/**
 * `npm run bench:collect -- [--visitors 2000] [--batch 100] [--concurrency 4] [--runs 3] [--port 7716]`:
 * Segment-Spec events per second accepted end to end through POST /v1/batch (HTTP, write key,
 * validation, the built-in mapping, the pipeline, the graph), beside the file import of the same
 * events (NDJSON files through the same mapping and pipeline), as a ratio. Each run of each path
 * starts from an empty graph in the benchmark's own embedded Neo4j (`.neo4j/bench-collect`); the
 * paths alternate; medians are printed.
 */
const { values: flags } = parseArgs({
  options: {
    visitors: { type: 'string', default: '2000' },
    batch: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '4' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '7716' },
  },
});
const [visitors, batchSize, concurrency, runs] = [flags.visitors, flags.batch, flags.concurrency, flags.runs].map(Number) as [
  number,
  number,
  number,
  number,
];

const home = join(projectRoot, '.neo4j', 'bench-collect');
const connection = await startEmbedded({ home, boltPort: Number(flags.port), heap: '2g', pageCache: '1g' });
const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DEMO_DATA: 'false',
  AUTH_JWT_SECRET: 'bench-collect-secret-of-32-characters-at-least',
});
const graph = new Graph({ ...connection, database: 'neo4j', txTimeoutMs: 600_000, maxPoolSize: 8 });
const skus = Array.from({ length: 50 }, (_, index) => `LEAF-${index}`);
const messages = visitorMessages(visitors);

/** Every visitor's session, interleaved in time: anonymous browsing, a sign-up, events, for half an order. */
function visitorMessages(count: number): Record<string, unknown>[] {
  const steps = (visitor: number) => {
    const anonymousId = `anon-${visitor}`;
    const userId = `member-${visitor}`;
    const sku = skus[visitor % skus.length];
    return [
      { type: 'page', anonymousId, name: 'Home', properties: { url: 'https://leaves.example/' } },
      { type: 'track', anonymousId, event: 'Products Searched', properties: { query: `leaf ${visitor % 7}` } },
      { type: 'track', anonymousId, event: 'Product Viewed', properties: { product_id: sku } },
      { type: 'identify', anonymousId, userId, traits: { email: `member${visitor}@leaves.example`, firstName: 'Lee' } },
      { type: 'track', userId, event: 'Product Added', properties: { product_id: sku } },
      { type: 'track', userId, event: 'Wishlist Shared', properties: { to: 'friend' } },
      ...(visitor % 2
        ? []
        : [
            {
              type: 'track',
              userId,
              event: 'Order Completed',
              properties: { order_id: `L-${visitor}`, currency: 'EUR', products: [{ product_id: sku, quantity: 1, price: 9.5 }] },
            },
          ]),
    ];
  };
  const sessions = Array.from({ length: count }, (_, visitor) => steps(visitor));
  const all: Record<string, unknown>[] = [];
  for (let step = 0; step < 7; step += 1) {
    sessions.forEach((session, visitor) => {
      const message = session[step];
      if (message)
        all.push({
          ...message,
          messageId: `${visitor}-${step}`,
          timestamp: new Date(Date.UTC(2026, 5, 1) + step * 60_000 + visitor * 1000).toISOString(),
        });
    });
  }
  return all;
}

async function freshGraph(): Promise<Ingestion> {
  while (Number((await graph.write(cypher.get('test-support/delete-everything'), { limit: 20_000 }))[0]?.deleted) > 0);
  await applyMigrations(graph, migrationsOf(cypher));
  const ingestion = new Ingestion(
    graph,
    withTrackingSource(loadSources()),
    loadIdentityRules(),
    new IdentifierHasher(config.PRIVACY_HASH_KEY),
  );
  const products = skus.map((sku) => ({
    fields: {
      kind: 'product',
      source: 'shop',
      sourceId: sku,
      name: `Leaf tea ${sku}`,
      categoryPath: 'Tea > Leaf',
      price: '9.50',
      currency: 'EUR',
    },
    original: sku,
  }));
  await ingestion.run(products);
  return ingestion;
}

/** Through the service: /v1/batch requests of `batchSize` messages, `concurrency` at a time. */
async function overHttp(): Promise<number> {
  await freshGraph();
  const service = await createService(config, connection, createLogger('silent'));
  await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}/v1/batch`;
  const { secret } = await service.access.apiKeys.create('bench', 'INGEST', 'bench');
  const authorization = `Basic ${Buffer.from(`${secret}:`).toString('base64')}`;
  const batches = Array.from({ length: Math.ceil(messages.length / batchSize) }, (_, index) =>
    messages.slice(index * batchSize, (index + 1) * batchSize),
  );
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ batch }),
      });
      if (response.status !== 200) throw new Error(`/v1/batch answered ${response.status}: ${await response.text()}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  service.server.closeAllConnections();
  await new Promise((resolve) => service.server.close(resolve));
  await service.close();
  return seconds;
}

/** The same messages as files of the tracking source, one per kind of record, through the import. */
async function fromFiles(): Promise<number> {
  const ingestion = await freshGraph();
  const dir = join(projectRoot, '.bench-data', `collect-${visitors}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const kindOf = (message: Record<string, unknown>) =>
    message.type === 'identify' ? 'customer' : message.event === 'Order Completed' ? 'order' : 'touchpoint';
  for (const kind of ['customer', 'touchpoint', 'order']) {
    writeFileSync(
      join(dir, `tracking.${kind}.ndjson`),
      messages
        .filter((message) => kindOf(message) === kind)
        .map((message) => JSON.stringify(message))
        .join('\n'),
    );
  }
  const started = performance.now();
  const summary = await importFiles(
    ingestion,
    planImport(
      ['customer', 'touchpoint', 'order'].map((kind) => join(dir, `tracking.${kind}.ndjson`)),
      ingestion.sources,
    ),
  );
  if (summary.rejected) throw new Error(`the file import rejected ${summary.rejected} records`);
  return (performance.now() - started) / 1000;
}

const http: number[] = [];
const files: number[] = [];
try {
  console.log(`${messages.length} messages from ${visitors} visitors; /v1/batch of ${batchSize}, ${concurrency} at a time`);
  for (let run = 1; run <= runs; run += 1) {
    http.push(await overHttp());
    files.push(await fromFiles());
    console.log(
      `run ${run}: /v1/batch ${(messages.length / http.at(-1)!).toFixed(0)} events/s, file import ${(messages.length / files.at(-1)!).toFixed(0)} events/s`,
    );
  }
  const [overApi, overFiles] = [messages.length / median(http), messages.length / median(files)];
  console.log(
    `\nmedian: /v1/batch ${overApi.toFixed(0)} events/s, file import ${overFiles.toFixed(0)} events/s, ratio ${(overApi / overFiles).toFixed(2)}`,
  );
} finally {
  await graph.close();
  await stopEmbedded(home);
}
