import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { emptySummary, type IngestOptions, type Ingestion, type IngestSummary } from './ingest.js';
import { readSourceFile } from './read.js';
import { recordKinds, type RecordKind } from './records.js';
import { describeFile, type Source } from './sources.js';

/** Source files to import, each with its source and kind, in the order their references need. */
export interface FileToImport {
  file: string;
  source: Source;
  kind: RecordKind;
  format: 'csv' | 'ndjson';
}

export class ImportPlanError extends Error {}

export function planImport(files: string[], sources: Map<string, Source>, override: { source?: string; kind?: string } = {}): FileToImport[] {
  return files
    .map((file) => {
      const named = describeFile(file);
      const sourceName = override.source ?? named?.source;
      const kind = (override.kind ?? named?.kind) as RecordKind | undefined;
      if (!sourceName || !kind || !recordKinds.includes(kind)) throw new ImportPlanError(`${file}: name it <source>.<kind>.<csv|ndjson> or give --source and --kind`);
      const source = sources.get(sourceName);
      if (!source) throw new ImportPlanError(`${file}: unknown source ${sourceName}: add sources/${sourceName}.yaml`);
      return { file, source, kind, format: named?.format ?? (file.endsWith('.csv') ? 'csv' : 'ndjson') } as const;
    })
    .sort((a, b) => recordKinds.indexOf(a.kind) - recordKinds.indexOf(b.kind));
}

/** Every `<source>.<kind>.<csv|ndjson>` file of a folder (other files, such as a truth file, are left out). */
export function sourceFilesIn(dir: string): string[] {
  return readdirSync(dir).filter((name) => describeFile(name)).sort().map((name) => join(dir, name));
}

/** Imports the files one after another; progress reports the running totals over all of them. */
export async function importFiles(ingestion: Ingestion, plan: FileToImport[], options: IngestOptions & { onFile?: (file: string) => void } = {}): Promise<IngestSummary> {
  const totals = emptySummary();
  for (const { file, source, kind, format } of plan) {
    options.onFile?.(file);
    const before = { ...totals };
    await ingestion.run(readSourceFile(file, format, source, kind), {
      ...options,
      onProgress: (summary) => {
        for (const key of Object.keys(totals) as (keyof IngestSummary)[]) totals[key] = before[key] + summary[key];
        options.onProgress?.(totals);
      },
    });
  }
  return totals;
}
