import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestOptions, Ingestion } from './ingest.js';
import { emptySummary, type IngestSummary } from './ingest-summary.js';
import { mapperOf, missingColumns, readSourceFile, type SourceRow } from './read.js';
import { recordKinds, type RecordKind } from './records.js';
import { describeFile, type Source } from './sources.js';

/** Source files to import, each with its source and kind, in the order their references need. */
export interface FileToImport {
  file: string;
  source: Source;
  kind: RecordKind;
  format: 'csv' | 'ndjson';
}

/** A file as the user named it: its source and kind from its name, or given for it. */
export interface FileRequest {
  file: string;
  source?: string;
  kind?: string;
}

export class ImportPlanError extends Error {}

export function planImport(
  files: (string | FileRequest)[],
  sources: Map<string, Source>,
  override: { source?: string; kind?: string } = {},
): FileToImport[] {
  return files
    .map((request) => {
      const { file, ...given } = typeof request === 'string' ? { file: request } : request;
      const named = describeFile(file);
      const sourceName = given.source ?? override.source ?? named?.source;
      const kind = (given.kind ?? override.kind ?? named?.kind) as RecordKind | undefined;
      if (!sourceName || !kind || !recordKinds.includes(kind))
        throw new ImportPlanError(
          `${file}: name it <source>.<kind>.<csv|ndjson> or give --source and --kind (kinds: ${recordKinds.join(', ')})`,
        );
      const source = sources.get(sourceName);
      if (!source) throw new ImportPlanError(`${file}: unknown source ${sourceName}: add sources/${sourceName}.yaml or give --mapping`);
      if (!source.mappers[kind])
        throw new ImportPlanError(`${file}: ${source.file} has no mapping for ${kind} records: add kinds.${kind} to it`);
      return { file, source, kind, format: named?.format ?? (file.endsWith('.csv') ? 'csv' : 'ndjson') } as const;
    })
    .sort((a, b) => recordKinds.indexOf(a.kind) - recordKinds.indexOf(b.kind));
}

/**
 * Every column the mappings read that a file lacks (and the mapping does not mark optional), for
 * all files at once: checked before anything is written, so a wrong mapping loads nothing.
 */
export async function checkColumns(plan: FileToImport[]): Promise<void> {
  const problems: string[] = [];
  for (const { file, format, source, kind } of plan) {
    for (const missing of await missingColumns(file, format, mapperOf(source, kind))) {
      problems.push(
        `${file}: no column "${missing.column}", which ${source.file} reads at ${missing.key}; rename it there, or mark the field optional: true`,
      );
    }
  }
  if (problems.length)
    throw new ImportPlanError(
      `Nothing was imported: the mappings read columns these files lack.\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
}

/** Every `<source>.<kind>.<csv|ndjson>` file of a folder (other files, such as a truth file, are left out). */
export function sourceFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => describeFile(name))
    .sort()
    .map((name) => join(dir, name));
}

export interface ImportOptions extends IngestOptions {
  onFile?: (file: string) => void;
  /** Every row read, skipped ones included: for tallies of value-map misses and skip reasons. */
  onRow?: (row: SourceRow) => void;
}

/** Imports the files one after another; progress reports the running totals over all of them. */
export async function importFiles(ingestion: Ingestion, plan: FileToImport[], options: ImportOptions = {}): Promise<IngestSummary> {
  await checkColumns(plan);
  const totals = emptySummary();
  for (const { file, source, kind, format } of plan) {
    options.onFile?.(file);
    const before = { ...totals };
    const read = { skipped: 0, valueMapMisses: 0 };
    await ingestion.run(counted(readSourceFile(file, format, source, kind), read, options.onRow), {
      ...options,
      onProgress: (summary) => {
        for (const key of Object.keys(totals) as (keyof IngestSummary)[]) totals[key] = before[key] + summary[key];
        totals.skipped = before.skipped + read.skipped;
        totals.valueMapMisses = before.valueMapMisses + read.valueMapMisses;
        options.onProgress?.(totals);
      },
    });
    totals.skipped = before.skipped + read.skipped;
    totals.valueMapMisses = before.valueMapMisses + read.valueMapMisses;
  }
  return totals;
}

/** Rows on their way to the pipeline; the skipped ones stop here, counted. */
async function* counted(
  rows: AsyncGenerator<SourceRow>,
  read: { skipped: number; valueMapMisses: number },
  onRow?: (row: SourceRow) => void,
) {
  for await (const row of rows) {
    onRow?.(row);
    read.valueMapMisses += row.misses?.length ?? 0;
    if (row.skipped) read.skipped += 1;
    else yield row;
  }
}
