import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import { projectRoot } from '../project.js';
import { installPlugins, type Plugin } from './plugins.js';
import { checkJava, compiledLauncher, javaCommand, resolveClasspath } from './toolchain.js';

/**
 * One embedded Neo4j Community: a detached JVM (EmbeddedNeo4j.java) with its data, logs, pid and
 * password under `home`. Start is idempotent, stop is clean, and every way a start can fail ends
 * in a message that says what to do.
 */
export interface EmbeddedOptions {
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** Plugins to load (NEO4J_EMBEDDED_PLUGINS); none when absent. */
  plugins?: Plugin[];
  /** When absent, a generated password is kept in <home>/password (mode 0600). */
  password?: string;
  log?: (line: string) => void;
}

export interface EmbeddedConnection {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** False when an instance that was already running was reused. */
  started: boolean;
}

export class EmbeddedStartError extends Error {}

const startTimeoutMs = 180_000;
const stopTimeoutMs = 60_000;
const setPasswordCypher = join(projectRoot, 'cypher', 'embedded', 'set-initial-password.cypher');

function paths(home: string) {
  const root = resolve(home);
  return {
    root,
    pidFile: join(root, 'run', 'neo4j.pid'),
    readyFile: join(root, 'run', 'ready'),
    passwordFile: join(root, 'password'),
    settingsFile: join(root, 'neo4j.conf'),
    pluginsDir: join(root, 'plugins'),
    launcherLog: join(root, 'logs', 'launcher.log'),
    classpathCache: join(dirname(root), 'classpath'),
  };
}

export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedConnection> {
  const p = paths(options.home);
  mkdirSync(join(p.root, 'run'), { recursive: true });
  // Two processes starting the same home at once (a test run and `npm start`) take turns.
  const release = await lockfile.lock(p.root, { retries: { retries: 400, minTimeout: 500, maxTimeout: 500 }, stale: 30_000 });
  try {
    const running = runningPid(p);
    if (running) return { ...connection(options, p), pid: running, started: false };
    return { ...connection(options, p), pid: await launch(options, p), started: true };
  } finally {
    await release();
  }
}

export async function stopEmbedded(home: string): Promise<boolean> {
  const p = paths(home);
  const pid = runningPid(p);
  if (!pid) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + stopTimeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    throw new EmbeddedStartError(`Neo4j (pid ${pid}) did not stop within ${stopTimeoutMs / 1000}s and was killed; see ${p.launcherLog}`);
  }
  rmSync(p.pidFile, { force: true });
  return true;
}

export function embeddedStatus(home: string): { running: boolean; pid?: number; home: string } {
  const p = paths(home);
  const pid = runningPid(p);
  return pid ? { running: true, pid, home: p.root } : { running: false, home: p.root };
}

function connection(options: EmbeddedOptions, p: ReturnType<typeof paths>) {
  return { uri: `bolt://127.0.0.1:${options.boltPort}`, user: 'neo4j', password: password(options, p) };
}

async function launch(options: EmbeddedOptions, p: ReturnType<typeof paths>): Promise<number> {
  const log = options.log ?? (() => {});
  checkJava();
  const classpath = await resolveClasspath(p.classpathCache, log);
  await assertPortFree(options.boltPort, p.root);
  const pluginJars = await installPlugins(options.plugins ?? [], p.pluginsDir, p.classpathCache, log);
  writeSettings(options, p.settingsFile, p.pluginsDir);
  password(options, p);
  rmSync(p.readyFile, { force: true });
  mkdirSync(dirname(p.launcherLog), { recursive: true });

  const out = openSync(p.launcherLog, 'a');
  const child = spawn(
    javaCommand(),
    [
      ...jvmArguments(options),
      '-cp',
      [compiledLauncher(classpath, p.classpathCache), classpath, ...pluginJars].join(':'),
      'EmbeddedNeo4j',
      p.root,
      p.settingsFile,
      p.passwordFile,
      setPasswordCypher,
    ],
    {
      detached: true, // its own process group: Ctrl-C reaches the service, which then stops Neo4j last
      stdio: ['ignore', out, out],
    },
  );
  child.unref();
  const pid = child.pid!;
  writeFileSync(p.pidFile, `${pid}\n`);
  log(`Starting the embedded Neo4j (pid ${pid}, Bolt on 127.0.0.1:${options.boltPort}, data in ${p.root})...`);
  await waitUntilReady(pid, p);
  return pid;
}

async function waitUntilReady(pid: number, p: ReturnType<typeof paths>): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(p.readyFile) && readFileSync(p.readyFile, 'utf8').trim() === String(pid)) return;
    if (!isAlive(pid)) {
      rmSync(p.pidFile, { force: true });
      throw new EmbeddedStartError(diagnose(p));
    }
    await sleep(200);
  }
  process.kill(pid, 'SIGTERM');
  throw new EmbeddedStartError(
    `Neo4j did not become ready within ${startTimeoutMs / 1000}s; see ${p.launcherLog} and ${join(p.root, 'logs', 'debug.log')}`,
  );
}

/** Turns the launcher log of a failed start into a message a person can act on. */
function diagnose(p: ReturnType<typeof paths>): string {
  const tail = existsSync(p.launcherLog) ? readFileSync(p.launcherLog, 'utf8').split('\n').slice(-200).join('\n') : '';
  if (/FileLockException|Lock file has been locked|locked by another process/i.test(tail)) {
    return (
      `The Neo4j store in ${p.root} is locked by another process. Another Neo4j is using this folder: ` +
      `stop it (npm run neo4j:stop, or the process holding ${join(p.root, 'data')}) or set NEO4J_EMBEDDED_HOME to another folder.`
    );
  }
  if (/BindException|Address already in use/i.test(tail)) {
    return `Neo4j could not bind its Bolt port: the address is already in use. Set NEO4J_EMBEDDED_BOLT_PORT to a free port.`;
  }
  const lastLines = tail.trim().split('\n').slice(-25).join('\n');
  return `The embedded Neo4j exited during start-up. Last lines of ${p.launcherLog}:\n${lastLines}`;
}

/** A pid file whose process is gone (a crash, a reboot) is stale: it is removed, not trusted. */
function runningPid(p: ReturnType<typeof paths>): number | undefined {
  if (!existsSync(p.pidFile)) return undefined;
  const pid = Number(readFileSync(p.pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isOurs(pid, p.root)) return pid;
  rmSync(p.pidFile, { force: true });
  rmSync(p.readyFile, { force: true });
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch {
    return false;
  }
}

function isZombie(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  return existsSync(stat) && / Z /.test(readFileSync(stat, 'utf8'));
}

/** Where /proc exists, a pid reused by an unrelated process is not mistaken for our Neo4j. */
function isOurs(pid: number, root: string): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self')) return true;
  return existsSync(cmdline) && readFileSync(cmdline, 'utf8').split('\0').includes(root);
}

async function assertPortFree(port: number, root: string): Promise<void> {
  await new Promise<void>((resolveFree, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new EmbeddedStartError(
              `Port ${port} on 127.0.0.1 is already in use by another process, so the embedded Neo4j of ${root} cannot take it for Bolt. ` +
                `Stop that process or set NEO4J_EMBEDDED_BOLT_PORT to a free port.`,
            )
          : error,
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolveFree()));
  });
}

function password(options: EmbeddedOptions, p: ReturnType<typeof paths>): string {
  if (options.password) {
    writeSecret(p.passwordFile, options.password);
    return options.password;
  }
  if (existsSync(p.passwordFile)) return readFileSync(p.passwordFile, 'utf8').trim();
  const generated = randomBytes(18).toString('base64url');
  writeSecret(p.passwordFile, generated);
  return generated;
}

function writeSecret(file: string, secret: string): void {
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

function writeSettings(options: EmbeddedOptions, file: string, pluginsDir: string): void {
  const address = `127.0.0.1:${options.boltPort}`;
  const settings = {
    'server.bolt.enabled': 'true',
    'server.bolt.listen_address': address,
    'server.bolt.advertised_address': address,
    'dbms.security.auth_enabled': 'true',
    'server.memory.pagecache.size': options.pageCache,
    // A development database: keep one transaction log file rather than days of them.
    'db.tx_log.rotation.retention_policy': '1 files',
    // No usage reports from a database that has no business calling out.
    'dbms.usage_report.enabled': 'false',
    // Bolt's event loops otherwise idle 5 s each on shutdown, which makes a clean stop take 10 s.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period': '0',
    'server.directories.plugins': pluginsDir,
    'dbms.security.procedures.unrestricted': (options.plugins ?? []).flatMap((plugin) => plugin.unrestricted).join(','),
  };
  writeFileSync(
    file,
    `${Object.entries(settings)
      .map(([key, value]) => `${key}=${value}`)
      .join('\n')}\n`,
  );
}

/** Heap fixed at start (no resizing pauses); the module opens Neo4j's own server launcher also passes. */
function jvmArguments(options: EmbeddedOptions): string[] {
  return [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/java.util=ALL-UNNAMED',
    '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  ];
}
