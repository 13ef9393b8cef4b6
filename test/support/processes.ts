import { spawn } from 'node:child_process';
import { projectRoot } from '../../src/project.js';
import type { Neo4jConnection } from '../../src/graph/graph.js';

/** Polls until `ready` holds, for at most `ms`; the last answer is returned either way. */
export async function within<T>(ms: number, attempt: () => Promise<T>, ready: (value: T) => boolean): Promise<T> {
  const until = Date.now() + ms;
  let last = await attempt();
  while (!ready(last) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await attempt();
  }
  return last;
}

/** A process of the project's own, running on its own: its output kept, its end awaited or forced. */
export interface ChildRun {
  pid: number;
  readonly exited: boolean;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
  /** SIGKILL, unless it has already ended. */
  kill(): void;
}

export function runProject(args: string[], env: Record<string, string>): ChildRun {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited = false;
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => {
    child.on('close', (code, signal) => {
      exited = true;
      resolve({ code, signal, output });
    });
  });
  return {
    pid: child.pid!,
    get exited() {
      return exited;
    },
    exit,
    kill: () => void (exited || child.kill('SIGKILL')),
  };
}

/** `npm run import -- <args>` against this Neo4j, as its own process. */
export const importCommand = (neo4j: Neo4jConnection, args: string[]): ChildRun =>
  runProject(['src/ingestion/import-cli.ts', ...args], { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
