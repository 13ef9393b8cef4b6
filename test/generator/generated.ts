import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordSchemas } from '../../src/ingestion/records.js';
import { generate } from '../../src/generator/generate.js';
import type { Manifest } from '../../src/generator/dataset.js';
import { projectRoot } from '../../src/project.js';
import { readMapping, readSourceFile, type Mapping, type Read } from './source-mapping.js';

/** One small generated dataset, read back the way an importer would, shared by the suites. */
export const seed = 7;
export const customers = 300;

export interface Truth {
  source: string;
  kind: string;
  sourceId: string;
  person: string | null;
  defect: string | null;
}

export type Parsed =
  | { success: true; data: Record<string, unknown> }
  | { success: false; issues: { path: PropertyKey[]; message: string }[] };

export interface SourceRecord {
  file: string;
  source: string;
  kind: string;
  read: Read;
  truth: Truth;
  /** The ingestion schema's verdict; undefined for malformed lines. */
  parsed?: Parsed;
}

export interface Generated {
  dir: string;
  manifest: Manifest;
  truth: Truth[];
  records: SourceRecord[];
}

export function runGenerator(seedValue: number, size: number): { dir: string; manifest: Manifest } {
  const dir = mkdtempSync(join(tmpdir(), 'generator-'));
  return { dir, manifest: generate({ seed: seedValue, customers: size, out: dir }) };
}

export function dataFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => /^\w+\.\w+\.(csv|ndjson)$/.test(file))
    .sort();
}

function readAll(dir: string, truth: Truth[]): SourceRecord[] {
  const truthByFile = new Map<string, Truth[]>();
  for (const line of truth) {
    const key = `${line.source}.${line.kind}`;
    const lines = truthByFile.get(key);
    if (lines) lines.push(line);
    else truthByFile.set(key, [line]);
  }
  const mappings = new Map<string, Mapping>();
  return dataFiles(dir).flatMap((file) => {
    const [source = '', kind = '', format] = file.split('.');
    if (!mappings.has(source)) mappings.set(source, readMapping(join(projectRoot, 'sources', `${source}.yaml`)));
    const mapping = mappings.get(source)!;
    const schema = recordSchemas({ phoneRegions: [mapping.defaultRegion] });
    const reads = readSourceFile(mapping, kind, format as 'csv' | 'ndjson', readFileSync(join(dir, file), 'utf8'));
    const truths = truthByFile.get(`${source}.${kind}`) ?? [];
    if (truths.length !== reads.length) throw new Error(`${file}: ${reads.length} records but ${truths.length} truth lines`);
    return reads.map((read, i) => {
      return { file, source, kind, read, truth: truths[i]!, parsed: read.malformed ? undefined : normalise(schema.safeParse(read.fields)) };
    });
  });
}

function normalise(result: ReturnType<ReturnType<typeof recordSchemas>['safeParse']>): Parsed {
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
}

let cached: Generated | undefined;

export function generated(): Generated {
  if (cached) return cached;
  const { dir, manifest } = runGenerator(seed, customers);
  cached = readGenerated(dir, manifest);
  return cached;
}

/** A generated dataset's files and truth, read back the way an importer would. */
export function readGenerated(dir: string, manifest: Manifest): Generated {
  const truth = readFileSync(join(dir, 'truth.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Truth);
  return { dir, manifest, truth, records: readAll(dir, truth) };
}
