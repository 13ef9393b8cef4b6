import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  embeddedStatus,
  EmbeddedStartError,
  startEmbedded,
  stopEmbedded,
  type EmbeddedConnection,
} from '../../src/embedded-neo4j/instance.js';
import { checkJava, MissingPrerequisite } from '../../src/embedded-neo4j/toolchain.js';
import { projectRoot } from '../../src/project.js';
import { testConfig } from '../support/graph.js';
import { startTestService, type RunningService } from '../support/service.js';

/** A second embedded Neo4j of its own, since these tests stop and restart it. */
const home = join(projectRoot, '.neo4j', 'lifecycle-test');
const port = Number(process.env.NEO4J_LIFECYCLE_TEST_BOLT_PORT ?? 7689);
const options = { home, boltPort: port, heap: '512m', pageCache: '64m' };

describe('the embedded Neo4j', () => {
  let neo4j: EmbeddedConnection;
  let service: RunningService;

  beforeAll(async () => {
    neo4j = await startEmbedded(options);
    service = await startTestService(testConfig(), neo4j);
  });
  afterAll(async () => {
    await service?.stop();
    await stopEmbedded(home);
  });

  it('reuses a running instance instead of starting a second one', async () => {
    const again = await startEmbedded(options);
    expect(again).toMatchObject({ started: false, pid: neo4j.pid, uri: `bolt://127.0.0.1:${port}` });
    expect(embeddedStatus(home)).toMatchObject({ running: true, pid: neo4j.pid });
  });

  it('keeps its generated password in a file only its owner can read', () => {
    const file = join(home, 'password');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(neo4j.password);
    expect(neo4j.password.length).toBeGreaterThanOrEqual(20);
  });

  it('binds Bolt to 127.0.0.1 only', () => {
    expect(readFileSync(join(home, 'neo4j.conf'), 'utf8')).toContain(`server.bolt.listen_address=127.0.0.1:${port}`);
  });

  it('says the store is locked when another process holds it', async () => {
    // Hide the running instance's pid file, as if a Neo4j this project did not start held the folder.
    const pidFile = join(home, 'run', 'neo4j.pid');
    const pid = readFileSync(pidFile, 'utf8');
    rmSync(pidFile);
    try {
      await expect(startEmbedded({ ...options, boltPort: port + 100 })).rejects.toThrow(
        /store in .*lifecycle-test is locked by another process/,
      );
    } finally {
      writeFileSync(pidFile, pid);
    }
  });

  it('turns /readyz to 503 when Neo4j stops, and back to 200 when it returns', async () => {
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);

    expect(await stopEmbedded(home)).toBe(true);
    expect(embeddedStatus(home).running).toBe(false);
    const down = await fetch(`${service.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'not ready', reason: expect.stringMatching(/^Neo4j: /) });
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);

    neo4j = await startEmbedded(options);
    expect(neo4j.started).toBe(true);
    expect(await eventuallyStatus(`${service.url}/readyz`, 200)).toBe(200);
  });

  it('refuses a Bolt port that another process holds, naming the port and the setting', async () => {
    const holder = await hold(port + 200);
    try {
      const other = join(projectRoot, '.neo4j', 'port-test');
      await expect(startEmbedded({ ...options, home: other, boltPort: port + 200 })).rejects.toThrow(
        new EmbeddedStartError(
          `Port ${port + 200} on 127.0.0.1 is already in use by another process, so the embedded Neo4j of ${other} cannot take it for Bolt. ` +
            'Stop that process or set NEO4J_EMBEDDED_BOLT_PORT to a free port.',
        ),
      );
    } finally {
      holder.close();
    }
  });

  it('clears a stale pid file left by a process that is gone', () => {
    const stale = join(projectRoot, '.neo4j', 'stale-test');
    mkdirSync(join(stale, 'run'), { recursive: true });
    writeFileSync(join(stale, 'run', 'neo4j.pid'), '2147483646\n');
    expect(embeddedStatus(stale)).toEqual({ running: false, home: stale });
    expect(existsSync(join(stale, 'run', 'neo4j.pid'))).toBe(false);
  });

  it('names what to install when Java is missing', () => {
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(MissingPrerequisite);
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(/Java 17 or newer is needed .* Install a JDK 17\+ .*openjdk-17-jdk-headless/);
    expect(checkJava()).toBeGreaterThanOrEqual(17);
  });
});

function hold(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function eventuallyStatus(url: string, wanted: number, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let status = 0;
  while (Date.now() < deadline) {
    status = (await fetch(url)).status;
    if (status === wanted) return status;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return status;
}
