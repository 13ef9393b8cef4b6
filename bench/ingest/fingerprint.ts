import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cypher } from '../../src/graph/cypher-library.js';
import type { Graph } from '../../src/graph/graph.js';

/**
 * What makes two paths' graphs the same for bench:ingest: counts of every label and relationship
 * type, and a hash of the links that carry the import's decisions (see bench/graph-fingerprint).
 * History an import keeps of its own way there (merged customers, each value change) is left
 * out of the comparison, since a one-shot write has no way there; it is reported apart.
 */
const history = /^(MergedCustomer|AttributeChange|MERGED_INTO|CHANGED) /;

const parts = ['about', 'holds', 'golden', 'journeys'] as const;

export interface Fingerprint {
  counts: string[];
  history: string[];
  hash: string;
  /** A hash of each part apart, to say where two graphs differ. */
  parts: Record<(typeof parts)[number], string>;
}

export async function fingerprintOf(graph: Graph): Promise<Fingerprint> {
  const [row] = await graph.read(cypher.get('bench/graph-fingerprint'));
  const all = [...(row!.labels as string[]), ...(row!.relationships as string[])];
  const hash = createHash('sha256');
  const hashes = parts.map((part) => {
    const apart = createHash('sha256');
    for (const line of row![part] as string[]) {
      hash.update(`${part} ${line}\n`);
      apart.update(`${line}\n`);
    }
    return [part, apart.digest('hex').slice(0, 16)];
  });
  return {
    counts: all.filter((line) => !history.test(line)),
    history: all.filter((line) => history.test(line)),
    hash: hash.digest('hex').slice(0, 16),
    parts: Object.fromEntries(hashes) as Fingerprint['parts'],
  };
}

/** Neo4j's CPU seconds so far (user and system), from /proc: what each path costs the database. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
