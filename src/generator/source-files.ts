import type { RecordKind } from '../ingestion/records.js';

/**
 * The six source systems, the kinds of record each exports and in which format. Files are named
 * `<source>.<kind>.<csv|ndjson>`, the names the importer recognises.
 */
interface SourceFiles {
  format: 'csv' | 'ndjson';
  kinds: readonly RecordKind[];
  extraColumns?: readonly string[];
}

const sourceFiles = {
  crm: { format: 'csv', kinds: ['customer', 'touchpoint'] },
  shop: { format: 'ndjson', kinds: ['product', 'customer', 'order'] },
  // Columns the mapping ignores, as real exports have them.
  pos: { format: 'csv', kinds: ['customer', 'order', 'touchpoint'], extraColumns: ['Store'] },
  email: { format: 'csv', kinds: ['consent', 'touchpoint'] },
  web: { format: 'ndjson', kinds: ['customer', 'touchpoint'] },
  social: { format: 'ndjson', kinds: ['customer', 'socialSignal'] },
} as const satisfies Record<string, SourceFiles>;

export type SourceName = keyof typeof sourceFiles;
export type Format = 'csv' | 'ndjson';
export const sourceNames = Object.keys(sourceFiles) as SourceName[];

const files: Record<SourceName, SourceFiles> = sourceFiles;

export const formatOf = (source: SourceName): Format => files[source].format;
const fileName = (source: SourceName, kind: RecordKind) => `${source}.${kind}.${formatOf(source)}`;
export const extraColumnsOf = (source: SourceName): readonly string[] => files[source].extraColumns ?? [];

export function allFiles(): { source: SourceName; kind: RecordKind; file: string }[] {
  return sourceNames.flatMap((source) => files[source].kinds.map((kind) => ({ source, kind, file: fileName(source, kind) })));
}
