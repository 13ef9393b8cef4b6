import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher-library.js';
import { resetGraph, testGraph, testNeo4j, testTokenSecret } from '../support/graph.js';
import { runProject, within, type ChildRun } from '../support/processes.js';
import { answer, authorised } from '../support/service.js';

/**
 * `npm start`'s process stopped with SIGTERM while reads and an ingest batch are in flight (their
 * bodies held back until the stop has begun, so they are surely in flight): the reads are answered,
 * the batch lands whole or not at all, every answered request has its audit entry, and the process
 * ends by itself with code 0.
 */
const reads = 6;
const batch = Array.from({ length: 150 }, (_, index) => ({
  sourceId: `W-${index}`,
  email: `stop-${index}@example.org`,
  givenName: `Stopper${index}`,
}));
const ingest = `mutation ($records: [CustomerRecordInput!]!) { ingestCustomers(source: "web", records: $records) { accepted rejected } }`;
const read = '{ customers(first: 5) { edges { node { id givenName familyName } } } }';

type Outcome = { requestId: string; status?: number; body?: { data?: unknown; errors?: unknown[] }; error?: string };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A GraphQL POST whose last byte is held back until `release`: the server has begun it and cannot finish it yet. */
function heldRequest(url: string, requestId: string, headers: Record<string, string>, query: string, variables?: unknown) {
  const bytes = Buffer.from(JSON.stringify({ query, variables }));
  let release = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.subarray(0, -1));
      release = () => {
        controller.enqueue(bytes.subarray(-1));
        controller.close();
      };
    },
  });
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...headers },
    body,
    duplex: 'half',
    signal: AbortSignal.timeout(60_000),
  };
  const outcome: Promise<Outcome> = fetch(`${url}/graphql`, init as RequestInit).then(
    async (response) => ({ requestId, status: response.status, body: (await response.json()) as Outcome['body'] }),
    (error: Error) => ({ requestId, error: String(error.cause ?? error) }),
  );
  return { outcome, release: () => release() };
}

describe('a graceful stop under load', () => {
  const graph = testGraph();
  let service: ChildRun;
  let url: string;

  beforeAll(async () => {
    await resetGraph(graph);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const { uri, user, password } = testNeo4j();
    service = runProject(['src/main.ts'], {
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: testTokenSecret,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
    });
    const ready = await within(
      120_000,
      () =>
        fetch(`${url}/readyz`).then(
          (res) => res.status,
          () => 0,
        ),
      (status) => status === 200 || service.exited,
    );
    expect(ready, (await Promise.race([service.exit, Promise.resolve({ output: 'still running' })])).output).toBe(200);
    await answer(url, ingest, { records: [{ sourceId: 'W-seed', email: 'seed@example.org', givenName: 'Seed' }] });
  }, 180_000);
  afterAll(async () => {
    service?.kill();
    await service?.exit;
    await graph.close();
  });

  it('answers what was in flight, lands the batch whole, audits every answer, and exits 0', async () => {
    const admin = await authorised('ADMIN');
    const held = [
      ...Array.from({ length: reads }, (_, index) => heldRequest(url, `stop-read-${index}`, admin, read)),
      heldRequest(url, 'stop-ingest', admin, ingest, { records: batch }),
    ];
    // In flight on the server: every held request, and this /metrics request itself.
    const inFlight = () =>
      fetch(`${url}/metrics`, { headers: admin }).then(async (res) =>
        Number(/^http_requests_in_flight (\d+)/m.exec(await res.text())?.[1] ?? 0),
      );
    expect(await within(30_000, inFlight, (count) => count >= held.length + 1)).toBeGreaterThanOrEqual(held.length + 1);

    process.kill(service.pid, 'SIGTERM');
    // The stop has begun once the port takes no new connection.
    expect(
      await within(
        30_000,
        () =>
          fetch(`${url}/healthz`).then(
            () => 'open',
            () => 'closed',
          ),
        (state) => state === 'closed',
      ),
    ).toBe('closed');
    for (const request of held) request.release();
    const outcomes = await Promise.all(held.map((request) => request.outcome));
    const exit = await service.exit;
    expect(exit.code, exit.output).toBe(0);

    for (const outcome of outcomes.filter((o) => o.requestId.startsWith('stop-read'))) {
      expect(outcome, 'a read in flight is answered').toMatchObject({ status: 200 });
      expect(outcome.body?.errors).toBeUndefined();
    }
    const ingested = outcomes.find((o) => o.requestId === 'stop-ingest')!;
    const landed = Number((await graph.read(cypher.get('test-support/source-record-count'), { source: 'web' }))[0]!.records) - 1;
    expect([0, batch.length], 'the batch lands whole or not at all').toContain(landed);
    if (ingested.status === 200) {
      expect(ingested.body).toEqual({ data: { ingestCustomers: { accepted: batch.length, rejected: 0 } } });
      expect(landed).toBe(batch.length);
    }

    const answered = outcomes
      .filter((outcome) => outcome.status === 200)
      .map((outcome) => outcome.requestId)
      .sort();
    const audited = (await graph.read(cypher.get('test-support/audited-requests'), { requestIds: answered })).map((row) => row.requestId);
    expect(audited).toEqual(answered);
  }, 180_000);
});
