import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { compileExpression } from './expression.js';
import type { FieldSpec, Scalar } from './schema.js';
import type { TargetField } from './target-fields.js';

/**
 * One target field's value from a row: taken from its origin (a column, a template, a hash...),
 * then shaped in a fixed order: extract, value map, lookup, date or time format, split. A value
 * the mapping cannot use is dropped with a warning naming the field, the value and why; a value
 * map miss is kept (validation then names it) and reported as a miss.
 */
export interface FieldWarning {
  field: string;
  value: unknown;
  reason: string;
}

export interface FieldOutcome {
  warnings: FieldWarning[];
  misses: { field: string; value: string }[];
}

export type Row = Record<string, unknown>;
export type FieldValue = (row: Row, outcome: FieldOutcome) => unknown;

export interface Formats {
  dateFormat?: string;
  timeFormat?: string;
  timeZone?: string;
}

export type LookupTable = { entries: Map<string, Scalar>; ignoreCase: boolean };

/** The columns a spec reads, for checking a file's header before anything is written. */
export function columnsOf(spec: FieldSpec): string[] {
  if (spec.column !== undefined) return [spec.column];
  if (spec.columns) return spec.columns;
  if (spec.hash) return spec.hash;
  if (spec.path) return spec.path;
  if (spec.template !== undefined) return templateColumns(spec.template);
  return [];
}

export function templateColumns(template: string): string[] {
  return [...template.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!);
}

export function compileField(spec: FieldSpec, target: TargetField, formats: Formats, lookups: Map<string, LookupTable>): FieldValue {
  const origin = originOf(spec);
  const steps = shapingSteps(spec, target, formats, lookups);
  return (row, outcome) => {
    const value = origin(row, outcome, target.name);
    if (value instanceof Promise) return value.then((resolved) => shape(resolved, steps, outcome));
    return shape(value, steps, outcome);
  };
}

type Step = (value: unknown, outcome: FieldOutcome) => unknown;

function shape(value: unknown, steps: Step[], outcome: FieldOutcome): unknown {
  let current = value;
  for (const step of steps) {
    if (isEmpty(current)) return undefined;
    current = step(current, outcome);
  }
  return isEmpty(current) ? undefined : current;
}

export const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

type Origin = (row: Row, outcome: FieldOutcome, field: string) => unknown;

function originOf(spec: FieldSpec): Origin {
  if (spec.column !== undefined) {
    const column = spec.column;
    return (row) => row[column];
  }
  if (spec.columns) {
    const [columns, separator] = [spec.columns, spec.separator ?? ' '];
    return (row) =>
      columns
        .map((column) => text(row[column]))
        .filter(Boolean)
        .join(separator);
  }
  if (spec.template !== undefined) return templateOrigin(spec.template);
  if (spec.constant !== undefined) {
    const constant = spec.constant;
    return () => constant;
  }
  if (spec.hash) return hashOrigin(spec.hash, spec.prefix ?? '');
  if (spec.path) {
    const columns = spec.path;
    return (row) => columns.map((column) => text(row[column])).filter(Boolean);
  }
  const expression = compileExpression(spec.expression!);
  return (row, outcome, field) =>
    expression.evaluate(row).then(
      (value) => (Array.isArray(value) || typeof value !== 'object' ? value : JSON.stringify(value)),
      (error: Error) => void outcome.warnings.push({ field, value: null, reason: `expression failed: ${error.message}; value dropped` }),
    );
}

function templateOrigin(template: string): Origin {
  const parts = template.split(/(\{[^{}]+\})/).filter(Boolean);
  return (row) => {
    let result = '';
    for (const part of parts) {
      if (!part.startsWith('{') || !part.endsWith('}')) {
        result += part;
        continue;
      }
      const value = text(row[part.slice(1, -1)]);
      // platform:handle without a handle is no handle at all.
      if (!value) return undefined;
      result += value;
    }
    return result;
  };
}

/** The same columns always give the same id; the values are length-prefixed so "ab","c" ≠ "a","bc". */
function hashOrigin(columns: string[], prefix: string): Origin {
  return (row) => {
    const values = columns.map((column) => text(row[column]));
    if (values.every((value) => !value)) return undefined;
    const digest = createHash('sha256')
      .update(values.map((value) => `${value.length}:${value}`).join('|'))
      .digest('hex');
    return `${prefix}${digest.slice(0, 20)}`;
  };
}

function shapingSteps(spec: FieldSpec, target: TargetField, formats: Formats, lookups: Map<string, LookupTable>): Step[] {
  const field = target.name;
  const steps: Step[] = [];
  if (spec.extract !== undefined) steps.push(extractStep(new RegExp(spec.extract)));
  if (spec.map) steps.push(mapStep(field, spec.map));
  if (spec.lookup) steps.push(lookupStep(field, spec.lookup, lookups.get(spec.lookup)!));
  const dateFormat = spec.dateFormat ?? formats.dateFormat;
  if (target.format === 'date' && dateFormat) steps.push(dateStep(field, dateFormat));
  const [timeFormat, timeZone] = [spec.timeFormat ?? formats.timeFormat, spec.timeZone ?? formats.timeZone];
  if (target.format === 'instant' && (timeFormat || timeZone)) steps.push(instantStep(field, timeFormat, timeZone ?? 'UTC'));
  if (spec.split !== undefined) {
    const separator = spec.split;
    steps.push((value) => (Array.isArray(value) ? value : text(value).split(separator)).map((item) => text(item)).filter(Boolean));
  }
  return steps;
}

/** A value that does not match holds no such value (a page view's URL with no SKU in it): no value, no warning. */
function extractStep(pattern: RegExp): Step {
  return (value) => {
    const match = pattern.exec(text(value));
    return match ? (match.groups?.value ?? match[1] ?? match[0]) : undefined;
  };
}

function mapStep(field: string, map: NonNullable<FieldSpec['map']>): Step {
  const key = (value: unknown) => (map.ignoreCase ? text(value).toLowerCase() : text(value));
  const values = new Map(Object.entries(map.values).map(([from, to]) => [map.ignoreCase ? from.trim().toLowerCase() : from.trim(), to]));
  return (value, outcome) => {
    const hit = values.get(key(value));
    if (hit !== undefined) return hit;
    outcome.misses.push({ field, value: text(value) });
    return map.default ?? value;
  };
}

function lookupStep(field: string, name: string, table: LookupTable): Step {
  return (value, outcome) => {
    const found = table.entries.get(table.ignoreCase ? text(value).toLowerCase() : text(value));
    if (found === undefined)
      outcome.warnings.push({ field, value, reason: `no entry for ${JSON.stringify(text(value))} in lookup ${name}; value dropped` });
    return found;
  };
}

function dateStep(field: string, format: string): Step {
  return (value, outcome) => {
    const parsed = DateTime.fromFormat(text(value), format, { zone: 'UTC' });
    if (parsed.isValid) return parsed.toISODate();
    outcome.warnings.push({ field, value, reason: `is not a date in the format ${format}; value dropped` });
    return undefined;
  };
}

/**
 * Timestamps in the source's format and zone, to ISO 8601 with the offset: an explicit offset or
 * zone in the value wins, epoch numbers are absolute, anything else is read in the source's zone.
 */
function instantStep(field: string, format: string | undefined, zone: string): Step {
  return (value, outcome) => {
    const written = text(value);
    if (!format && /^\d{10,13}$/.test(written)) return written;
    const parsed =
      format === 'X' || format === 'x'
        ? epoch(written, format === 'X' ? 1000 : 1)
        : format
          ? DateTime.fromFormat(written, format, { zone, setZone: true })
          : DateTime.fromISO(written.replace(' ', 'T'), { zone, setZone: true });
    if (parsed.isValid) return parsed.toISO();
    outcome.warnings.push({ field, value, reason: `is not a timestamp in the format ${format ?? 'ISO 8601'}; value dropped` });
    return undefined;
  };
}

/** Luxon formats epoch times but does not parse them, so `X` (seconds) and `x` (milliseconds) are read here. */
const epoch = (written: string, unitMs: number) =>
  /^-?\d+(\.\d+)?$/.test(written) ? DateTime.fromMillis(Number(written) * unitMs, { zone: 'UTC' }) : DateTime.invalid('not a number');

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());
