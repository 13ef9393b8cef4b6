import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { MissingPrerequisite } from './toolchain.js';

/**
 * Plugins of the embedded Neo4j (NEO4J_EMBEDDED_PLUGINS): each named by a known name (`apoc`) or
 * by its Maven coordinates (`group:artifact:version`), resolved from Maven Central with their
 * runtime dependencies (Neo4j's own are `provided`, so not copied) and put in <home>/plugins,
 * where Neo4j loads procedures and functions from.
 */
export interface Plugin {
  /** The artifacts it takes (APOC's procedures and the classes they share are two). */
  coordinates: string[];
  /** Procedure namespaces the plugin may run without restriction (its procedures reach into the kernel). */
  unrestricted: string[];
}

/** The plugins known by name, at the versions built for the embedded Neo4j 5.26. */
const known: Record<string, Plugin> = {
  apoc: { coordinates: ['org.neo4j.procedure:apoc-core:5.26.19', 'org.neo4j.procedure:apoc-common:5.26.19'], unrestricted: ['apoc.*'] },
};

const coordinatesShape = /^[\w.-]+:[\w.-]+:[\w.-]+$/;

/** The setting's plugins, each checked: a bad name says which names and what shape are understood. */
export function pluginsNamed(setting: string): Plugin[] {
  return setting
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const plugin = known[name.toLowerCase()] ?? (coordinatesShape.test(name) ? { coordinates: [name], unrestricted: [] } : undefined);
      if (!plugin)
        throw new Error(
          `unknown plugin ${JSON.stringify(name)}: expected one of ${Object.keys(known).join(', ')} or Maven coordinates group:artifact:version`,
        );
      return plugin;
    });
}

/** The jars of the plugins, resolved once with Maven (a list kept in `cacheDir` per set of plugins). */
async function pluginJars(plugins: Plugin[], cacheDir: string, log: (line: string) => void): Promise<string[]> {
  const artifacts = plugins.flatMap((plugin) => plugin.coordinates);
  const key = createHash('sha256').update(artifacts.join('\n')).digest('hex').slice(0, 16);
  const dir = join(cacheDir, `plugins-${key}`);
  const done = join(dir, 'resolved');
  if (existsSync(done)) return readFileSync(done, 'utf8').split('\n').filter(Boolean);
  log(`Resolving the Neo4j plugins ${artifacts.join(', ')} with Maven...`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'jars'), { recursive: true });
  writeFileSync(join(dir, 'pom.xml'), pom(artifacts));
  await promisify(execFile)(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      join(dir, 'pom.xml'),
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${join(dir, 'jars')}`,
    ],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  ).catch((error: { code?: number; stdout?: string; stderr?: string }) => {
    const output = `${error.stdout ?? ''}\n${error.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new MissingPrerequisite(`Maven could not resolve the Neo4j plugins (exit ${error.code}):\n${output}`);
  });
  const jars = readdirSync(join(dir, 'jars')).map((jar) => join(dir, 'jars', jar));
  writeFileSync(done, jars.join('\n'));
  return jars;
}

function pom(artifacts: string[]): string {
  const dependencies = artifacts.map((artifact) => {
    const [groupId, artifactId, version] = artifact.split(':');
    return `<dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version></dependency>`;
  });
  return `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>local</groupId><artifactId>embedded-neo4j-plugins</artifactId><version>1</version>
<dependencies>${dependencies.join('\n')}</dependencies></project>\n`;
}

/**
 * The plugins folder of a start: exactly the jars of the plugins asked for (none left from an
 * earlier start). Its jars go on the class path as well, as Neo4j's own launcher puts them: the
 * procedures are found in the folder, the extensions they need (APOC's config) on the class path.
 */
export async function installPlugins(
  plugins: Plugin[],
  pluginsDir: string,
  cacheDir: string,
  log: (line: string) => void,
): Promise<string[]> {
  rmSync(pluginsDir, { recursive: true, force: true });
  mkdirSync(pluginsDir, { recursive: true });
  if (plugins.length === 0) return [];
  const resolved = await pluginJars(plugins, cacheDir, log);
  for (const jar of resolved) copyFileSync(jar, join(pluginsDir, basename(jar)));
  return resolved.map((jar) => join(pluginsDir, basename(jar)));
}
