import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The Java and Maven that run the embedded Neo4j, and the class path Maven resolves for it. */

const here = dirname(fileURLToPath(import.meta.url));
export const launcherSource = join(here, 'EmbeddedNeo4j.java');
const pom = join(here, 'pom.xml');
const minimumJava = 17;

export class MissingPrerequisite extends Error {}

export function javaCommand(): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? join(javaHome, 'bin', 'java') : 'java';
}

/**
 * The launcher compiled once per source and class path, into a folder beside the class path cache:
 * run from its source, the JVM would compile it again on every start (seconds of CPU on a busy
 * machine, on every start of every test's database). Concurrent first starts each compile into
 * their own folder; the first to finish names it.
 */
export function compiledLauncher(classpath: string, cacheDir: string): string {
  const key = createHash('sha256').update(readFileSync(launcherSource)).update(classpath).digest('hex').slice(0, 16);
  const dir = join(cacheDir, `launcher-${key}`);
  if (existsSync(join(dir, 'EmbeddedNeo4j.class'))) return dir;
  const partial = `${dir}.partial-${process.pid}`;
  mkdirSync(partial, { recursive: true });
  const javac = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'javac') : 'javac';
  const run = spawnSync(javac, ['-cp', classpath, '-d', partial, launcherSource], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new MissingPrerequisite(
      `javac (a JDK ${minimumJava}+) could not compile the embedded Neo4j's launcher: ${run.error?.message ?? run.stderr}`,
    );
  }
  try {
    renameSync(partial, dir);
  } catch {
    rmSync(partial, { recursive: true, force: true }); // another start named it first
  }
  return dir;
}

/** Stops early, naming what to install, when Java 17+ is not there. */
export function checkJava(java = javaCommand()): number {
  const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new MissingPrerequisite(
      `Java ${minimumJava} or newer is needed to run the embedded Neo4j, and '${java}' could not be run. ` +
        `Install a JDK ${minimumJava}+ (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless) ` +
        `or set JAVA_HOME to one. To use an existing Neo4j instead, set NEO4J_URI.`,
    );
  }
  const version = /version "(\d+)(?:\.(\d+))?/.exec(run.stderr);
  const major = version ? Number(version[1] === '1' ? version[2] : version[1]) : 0;
  if (major < minimumJava) {
    throw new MissingPrerequisite(
      `Java ${minimumJava} or newer is needed to run the embedded Neo4j 5.26; '${java}' is Java ${major || 'of an unknown version'}. ` +
        `Install a JDK ${minimumJava}+ (apt-get install openjdk-17-jdk-headless) or point JAVA_HOME at one.`,
    );
  }
  return major;
}

function checkMaven(): void {
  const run = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new MissingPrerequisite(
      `Maven is needed once to download the embedded Neo4j's jars from Maven Central, and 'mvn' could not be run. ` +
        `Install it (Debian/Ubuntu: apt-get install maven) or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
}

/**
 * The jars of Neo4j Community, from the local Maven cache. Maven runs only when the pom changed
 * or a cached jar is gone, so a warm start costs no Maven start-up at all.
 */
export async function resolveClasspath(cacheDir: string, log: (line: string) => void): Promise<string> {
  const pomText = readFileSync(pom, 'utf8');
  const key = createHash('sha256').update(pomText).digest('hex');
  const cacheFile = join(cacheDir, `classpath-${key.slice(0, 16)}.txt`);
  if (existsSync(cacheFile)) {
    const cached = readFileSync(cacheFile, 'utf8').trim();
    if (cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  checkMaven();
  mkdirSync(cacheDir, { recursive: true });
  log('Resolving the Neo4j Community jars with Maven (the first time downloads about 210 MB)...');
  const outputFile = `${cacheFile}.partial`;
  // Asynchronous, so the start lock keeps being refreshed during a download of several minutes.
  await promisify(execFile)('mvn', ['-B', '-q', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${outputFile}`], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { code?: number; stdout?: string; stderr?: string }) => {
    const output = `${error.stdout ?? ''}\n${error.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new MissingPrerequisite(`Maven could not resolve the Neo4j jars (exit ${error.code}):\n${output}`);
  });
  const classpath = readFileSync(outputFile, 'utf8').trim();
  writeFileSync(cacheFile, classpath);
  return classpath;
}
