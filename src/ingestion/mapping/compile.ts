import type { RecordKind } from '../records.js';
import { compileExpression, type Expression } from './expression.js';
import {
  columnsOf,
  compileField,
  isEmpty,
  type FieldValue,
  type FieldWarning,
  type Formats,
  type LookupTable,
  type Row,
} from './field-value.js';
import type { FieldSpec, KindMapping } from './schema.js';
import { targetFields } from './target-fields.js';

/**
 * A kind's mapping compiled once into what maps each row: every way of saying a field (columns,
 * joined, constants, fields) becomes one field spec, applied in that order, a later one winning.
 */
export interface MappedRow {
  fields?: Record<string, unknown>;
  warnings: FieldWarning[];
  /** Values a value map did not know (kept, or replaced by its default). */
  misses: { field: string; value: string }[];
  /** Why a skip rule left the row out. */
  skipped?: string;
  /** Why the row could not be mapped at all. */
  problem?: string;
}

/** A column the mapping reads, and where in the mapping file it is named. */
export interface ColumnUse {
  column: string;
  key: string;
  optional: boolean;
}

export interface RowMapper {
  kind: RecordKind;
  columns: ColumnUse[];
  /** CSV orders, one row per line, grouped by order number. */
  groupsLines: boolean;
  map(row: Row): Promise<MappedRow>;
}

export interface NamedSpec {
  field: string;
  spec: FieldSpec;
  /** The key in the mapping file, e.g. kinds.customer.fields.birthDate, for errors a user can find. */
  key: string;
}

/** Every way a kind mapping names a field, as specs in the order they apply. */
export function fieldSpecs(kind: RecordKind, mapping: KindMapping): NamedSpec[] {
  const at = `kinds.${kind}`;
  const column = (name: string, optional = false): FieldSpec => ({ column: name, optional });
  const passThrough =
    !mapping.columns && !mapping.fields
      ? [...targetFields(kind).keys()].map((field) => ({ field, spec: column(field, true), key: at }))
      : [];
  return [
    ...passThrough,
    ...Object.entries(mapping.columns ?? {}).flatMap(([name, fields]) =>
      [fields].flat().map((field) => ({ field, spec: column(name), key: `${at}.columns.${name}` })),
    ),
    ...Object.entries(mapping.joined ?? {}).map(([field, columns]) => ({
      field,
      spec: { columns, optional: false },
      key: `${at}.joined.${field}`,
    })),
    ...Object.entries(mapping.constants ?? {}).map(([field, constant]) => ({
      field,
      spec: { constant, optional: false },
      key: `${at}.constants.${field}`,
    })),
    ...Object.entries(mapping.fields ?? {}).map(([field, spec]) => ({
      field,
      spec: typeof spec === 'string' ? column(spec) : spec,
      key: `${at}.fields.${field}`,
    })),
  ];
}

export function compileKind(
  kind: RecordKind,
  mapping: KindMapping,
  region: string,
  formats: Formats,
  lookups: Map<string, LookupTable>,
): RowMapper {
  const targets = targetFields(kind, region);
  const specs = fieldSpecs(kind, mapping);
  const values: [string, FieldValue][] = specs.map(({ field, spec }) => [field, compileField(spec, targets.get(field)!, formats, lookups)]);
  const skips = (mapping.skip ?? []).map((rule) => ({ reason: rule.reason, when: compileExpression(rule.when) }));
  const lineColumns = Object.entries(mapping.lineColumns ?? {});
  const columns = [
    ...specs
      .filter(({ key }) => key !== `kinds.${kind}`)
      .flatMap(({ spec, key }) => columnsOf(spec).map((column) => ({ column, key, optional: spec.optional }))),
    ...lineColumns.map(([column]) => ({ column, key: `kinds.${kind}.lineColumns.${column}`, optional: false })),
  ];
  return {
    kind,
    columns,
    groupsLines: lineColumns.length > 0,
    async map(row) {
      const outcome: MappedRow = { warnings: [], misses: [] };
      const skipped = await firstSkip(skips, row);
      if (skipped) return { ...outcome, ...skipped };
      const fields: Record<string, unknown> = {};
      for (const [field, value] of values) {
        const result = await value(row, outcome);
        if (!isEmpty(result)) fields[field] = result;
      }
      if (lineColumns.length)
        fields.lines = [
          Object.fromEntries(lineColumns.map(([column, field]) => [field, row[column]]).filter(([, value]) => !isEmpty(value))),
        ];
      return { ...outcome, fields };
    },
  };
}

async function firstSkip(
  rules: { reason: string; when: Expression }[],
  row: Row,
): Promise<Pick<MappedRow, 'skipped' | 'problem'> | undefined> {
  for (const rule of rules) {
    try {
      if (await rule.when.evaluate(row)) return { skipped: rule.reason };
    } catch (error) {
      return { problem: `skip rule "${rule.reason}" failed: ${(error as Error).message}` };
    }
  }
  return undefined;
}
