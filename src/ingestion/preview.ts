import { basename } from 'node:path';
import type { IdentityRules } from '../identity/rules.js';
import type { FileToImport } from './import-files.js';
import { prepareRecord } from './prepare.js';
import { readSourceFile, type SourceRow } from './read.js';
import { targetFields } from './mapping/target-fields.js';

/**
 * What an import of these files would do, without a database: each file's first rows beside the
 * records they become, every reject and dropped value with its reason, and per field how often
 * it was filled, empty or dropped, with the values its value map did not know. References to
 * products and customers, and the identity rules, need the graph: the import checks those.
 */
export interface FilePreview {
  file: string;
  source: string;
  kind: string;
  rows: number;
  samples: { line: number; original: unknown; record?: unknown; reasons: string[] }[];
  rejects: { line: number; reasons: string[] }[];
  warnings: { line: number; field: string; value: unknown; reason: string }[];
  skipped: Map<string, number>;
  fields: Map<string, { filled: number; empty: number; dropped: number }>;
  misses: Map<string, Map<string, number>>;
}

export async function previewFile(
  { file, source, kind, format }: FileToImport,
  rules: IdentityRules,
  sampleRows: number,
): Promise<FilePreview> {
  const preview: FilePreview = {
    file,
    source: source.source,
    kind,
    rows: 0,
    samples: [],
    rejects: [],
    warnings: [],
    skipped: new Map(),
    misses: new Map(),
    fields: new Map([...targetFields(kind, source.defaultRegion).keys()].map((field) => [field, { filled: 0, empty: 0, dropped: 0 }])),
  };
  for await (const row of readSourceFile(file, format, source, kind)) {
    preview.rows += 1;
    tallyMisses(preview, row);
    if (row.skipped) {
      preview.skipped.set(row.skipped, (preview.skipped.get(row.skipped) ?? 0) + 1);
      continue;
    }
    const prepared = row.fields && !row.problem ? prepareRecord(row.fields, source, rules) : undefined;
    const warnings = [...(row.warnings ?? []), ...(prepared?.ok ? prepared.prepared.warnings : [])];
    const reasons = prepared?.ok
      ? []
      : [...warnings.map((warning) => `${warning.field}: ${warning.reason}`), ...(prepared?.reasons ?? [row.problem ?? 'record: empty'])];
    if (reasons.length) preview.rejects.push({ line: row.line, reasons });
    else preview.warnings.push(...warnings.map((warning) => ({ line: row.line, ...warning })));
    if (prepared?.ok)
      tallyFields(
        preview,
        prepared.prepared.record as Record<string, unknown>,
        warnings.map((warning) => warning.field),
      );
    if (preview.samples.length < sampleRows) {
      preview.samples.push({
        line: row.line,
        original: row.original,
        record: prepared?.ok ? recordOnly(prepared.prepared.record) : undefined,
        reasons,
      });
    }
  }
  return preview;
}

function tallyMisses(preview: FilePreview, row: SourceRow): void {
  for (const { field, value } of row.misses ?? []) {
    const values = preview.misses.get(field) ?? new Map<string, number>();
    preview.misses.set(field, values.set(value, (values.get(value) ?? 0) + 1));
  }
}

function tallyFields(preview: FilePreview, record: Record<string, unknown>, dropped: string[]): void {
  for (const [field, figures] of preview.fields) {
    if (dropped.includes(field)) figures.dropped += 1;
    else if (record[field] === undefined) figures.empty += 1;
    else figures.filled += 1;
  }
}

const recordOnly = ({ kind: _kind, source: _source, ...fields }: { kind: string; source: string }) => fields;

/** The preview as a person reads it in a terminal. */
export function formatPreview(preview: FilePreview): string {
  const out: string[] = [`== ${basename(preview.file)}: ${preview.source} ${preview.kind} records, ${preview.rows} rows ==`];
  for (const sample of preview.samples) {
    out.push(`line ${sample.line}`, `  row:    ${JSON.stringify(sample.original)}`);
    out.push(sample.record ? `  record: ${JSON.stringify(sample.record)}` : `  rejected: ${sample.reasons.join('; ')}`);
  }
  out.push(`rejects: ${preview.rejects.length}`, ...preview.rejects.map(({ line, reasons }) => `  line ${line}: ${reasons.join('; ')}`));
  out.push(
    `dropped values: ${preview.warnings.length}`,
    ...preview.warnings.map(({ line, field, value, reason }) => `  line ${line}: ${field} ${JSON.stringify(value)}: ${reason}`),
  );
  out.push(
    `skipped rows: ${[...preview.skipped.values()].reduce((a, b) => a + b, 0)}`,
    ...[...preview.skipped].map(([reason, count]) => `  ${reason}: ${count}`),
  );
  out.push('fields (filled / empty / dropped):');
  for (const [field, { filled, empty, dropped }] of preview.fields)
    if (filled || dropped) out.push(`  ${field}: ${filled} / ${empty} / ${dropped}`);
  const misses = [...preview.misses];
  out.push(`value map misses: ${misses.reduce((sum, [, values]) => sum + [...values.values()].reduce((a, b) => a + b, 0), 0)}`);
  for (const [field, values] of misses)
    out.push(`  ${field}: ${[...values].map(([value, count]) => `${JSON.stringify(value)} × ${count}`).join(', ')}`);
  return out.join('\n');
}
