import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedStatus, startEmbedded, stopEmbedded, type EmbeddedOptions } from '../../src/embedded-neo4j/instance.js';
import { projectRoot } from '../../src/project.js';
import { testConfig } from '../support/graph.js';
import { within } from '../support/processes.js';
import { authorised, startTestService, type RunningService } from '../support/service.js';

/**
 * The service on a Neo4j of its own that is killed and started again: health stays up, readiness
 * and GraphQL say 503 quickly, and everything comes back by itself.
 */
const options: EmbeddedOptions = {
  home: join(projectRoot, '.neo4j', 'away-test'),
  boltPort: Number(process.env.NEO4J_AWAY_TEST_BOLT_PORT ?? 7685),
  heap: '512m',
  pageCache: '64m',
};
const query = JSON.stringify({ query: '{ customers(first: 1) { edges { node { id } } } }' });

describe('the service while its database is away', () => {
  let service: RunningService;
  const get = (path: string) => fetch(`${service.url}${path}`, { signal: AbortSignal.timeout(15_000) }).then((res) => res.status);
  const ask = async () => {
    const res = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authorised('ADMIN')) },
      body: query,
      // A hang fails the test: the answer must come, 200 or 503.
      signal: AbortSignal.timeout(15_000),
    });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
  };

  beforeAll(async () => {
    service = await startTestService(testConfig(), await startEmbedded(options));
  });
  afterAll(async () => {
    await service?.stop();
    await stopEmbedded(options.home);
  });

  it('answers while Neo4j runs', async () => {
    expect(await get('/readyz')).toBe(200);
    expect((await ask()).status).toBe(200);
  });

  it('keeps /healthz up, turns /readyz and GraphQL to 503 with a clear code when Neo4j is killed', async () => {
    process.kill(embeddedStatus(options.home).pid!, 'SIGKILL');
    expect(
      await within(
        10_000,
        () => get('/readyz'),
        (status) => status === 503,
      ),
    ).toBe(503);
    expect(await get('/healthz')).toBe(200);
    const answer = await within(10_000, ask, ({ status }) => status === 503);
    expect(answer.status).toBe(503);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    // Known to be away now: the next request is refused at once, not after the driver's retries.
    expect((await ask()).body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
  });

  it('recovers by itself when Neo4j is back, without a restart', async () => {
    await startEmbedded(options);
    expect(
      await within(
        30_000,
        () => get('/readyz'),
        (status) => status === 200,
      ),
    ).toBe(200);
    const answer = await within(10_000, ask, ({ status }) => status === 200);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });
});
