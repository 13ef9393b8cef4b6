import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { embeddedStatus, stopEmbedded, type EmbeddedOptions } from './instance.js';
import { checkJava, javaCommand, resolveClasspath } from './toolchain.js';

/**
 * Neo4j's own offline importer (`neo4j-admin database import full`, the AdminTool of the jars
 * the project already resolves) run on the embedded Neo4j's home: the instance is stopped and the
 * files replace its `neo4j` database; the caller starts it again (startEmbedded), so the load can
 * time the importer and the restart apart. Nothing of the old database is kept, so callers check
 * first that it holds nothing worth keeping.
 */
export interface ImportFiles {
  nodes: ImportFile[];
  relationships: ImportFile[];
  arrayDelimiter: string;
}

/** A file of nodes (its labels) or relationships (their type); `multiline` when a value in it spans lines. */
export interface ImportFile {
  name: string;
  file: string;
  multiline?: boolean;
}

export class OfflineImportError extends Error {}

export async function importOffline(options: EmbeddedOptions, files: ImportFiles, heap = '2g'): Promise<void> {
  const log = options.log ?? (() => {});
  const home = resolve(options.home);
  await stopEmbedded(home);
  if (embeddedStatus(home).running)
    throw new OfflineImportError(`The embedded Neo4j in ${home} is still running; the offline importer needs it stopped.`);
  checkJava();
  const classpath = await resolveClasspath(join(home, '..', 'classpath'), log);
  const args = [
    `-Xmx${heap}`,
    '-cp',
    classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // The database first: --nodes and --relationships take every argument after them as files.
    'neo4j',
    '--overwrite-destination=true',
    ...multilineFields(files),
    `--array-delimiter=${files.arrayDelimiter}`,
    '--id-type=string',
    '--skip-duplicate-nodes=false',
    '--bad-tolerance=0',
    `--report-file=${join(home, 'logs', 'import.report')}`,
    ...files.nodes.map(({ name, file }) => `--nodes=${name}=${file}`),
    ...files.relationships.map(({ name, file }) => `--relationships=${name}=${file}`),
  ];
  if (!existsSync(join(home, 'neo4j.conf')))
    throw new OfflineImportError(`${home} holds no neo4j.conf: start the embedded Neo4j there once first.`);
  const output = await run(javaCommand(), args, { ...process.env, NEO4J_HOME: home, NEO4J_CONF: home });
  log(
    output
      .split('\n')
      .filter((line) => /IMPORT DONE|Imported:|nodes$|relationships$|properties$/.test(line.trim()))
      .join('\n'),
  );
}

/**
 * Reading every file as if values could span lines costs the importer its parallel parsing, so
 * only the files that hold such values are named (format v2 takes a list of files).
 */
function multilineFields(files: ImportFiles): string[] {
  const multiline = [...files.nodes, ...files.relationships].filter((file) => file.multiline).map(({ file }) => file);
  if (!multiline.length) return ['--multiline-fields=false'];
  return ['--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => void (output += chunk));
    child.stderr.on('data', (chunk) => void (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolveRun(output);
      else
        reject(
          new OfflineImportError(`neo4j-admin database import failed (exit ${code}):\n${output.trim().split('\n').slice(-30).join('\n')}`),
        );
    });
  });
}
