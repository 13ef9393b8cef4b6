import { closest } from 'fastest-levenshtein';
import { IANAZone } from 'luxon';
import type { RecordKind } from '../records.js';
import { fieldSpecs, type NamedSpec } from './compile.js';
import { compileExpression, ExpressionError } from './expression.js';
import type { Scalar, SourceMapping } from './schema.js';
import { lineFields, targetFields, type TargetField } from './target-fields.js';

/**
 * Everything about a mapping that can be wrong before a row is read: a field our records do not
 * have, a value map or constant into a value validation would refuse, an expression or a pattern
 * that does not parse, an unknown lookup or time zone, a format given to a field that has none.
 * Each problem names the key in the file and what to change.
 */
export function mappingProblems(mapping: SourceMapping): string[] {
  const problems: string[] = [];
  for (const [kind, kindMapping] of Object.entries(mapping.kinds) as [RecordKind, NonNullable<SourceMapping['kinds'][RecordKind]>][]) {
    const targets = targetFields(kind, mapping.defaultRegion);
    for (const named of fieldSpecs(kind, kindMapping)) {
      const target = targets.get(named.field);
      if (!target)
        problems.push(`${named.key}: ${kind} records have no field "${named.field}"${suggestion(named.field, [...targets.keys()])}`);
      else problems.push(...specProblems(named, target, mapping));
    }
    for (const [column, field] of Object.entries(kindMapping.lineColumns ?? {})) {
      const lines = lineFields();
      if (kind !== 'order') problems.push(`kinds.${kind}.lineColumns: only orders have lines`);
      else if (!lines.has(field))
        problems.push(`kinds.${kind}.lineColumns.${column}: order lines have no field "${field}"${suggestion(field, [...lines.keys()])}`);
    }
    for (const [index, rule] of (kindMapping.skip ?? []).entries())
      problems.push(...expressionProblems(`kinds.${kind}.skip.${index}.when`, rule.when));
  }
  if (mapping.timeZone && !IANAZone.isValidZone(mapping.timeZone))
    problems.push(`timeZone: "${mapping.timeZone}" is not an IANA time zone (e.g. Europe/Paris)`);
  return problems;
}

function specProblems({ field, spec, key }: NamedSpec, target: TargetField, mapping: SourceMapping): string[] {
  const problems: string[] = [];
  const refused = (value: Scalar) => refusal(target, value);
  if (spec.constant !== undefined && refused(spec.constant))
    problems.push(`${key}: ${JSON.stringify(spec.constant)} ${refused(spec.constant)}`);
  for (const [from, to] of Object.entries(spec.map?.values ?? {})) {
    if (refused(to)) problems.push(`${key}.map.values.${from}: ${JSON.stringify(to)} ${refused(to)}`);
  }
  if (spec.map?.default !== undefined && refused(spec.map.default))
    problems.push(`${key}.map.default: ${JSON.stringify(spec.map.default)} ${refused(spec.map.default)}`);
  if (spec.expression !== undefined) problems.push(...expressionProblems(`${key}.expression`, spec.expression));
  if (spec.extract !== undefined) problems.push(...patternProblems(`${key}.extract`, spec.extract));
  if (spec.lookup !== undefined && !mapping.lookups[spec.lookup]) {
    problems.push(
      `${key}.lookup: no lookup table "${spec.lookup}"; add it under lookups${suggestion(spec.lookup, Object.keys(mapping.lookups))}`,
    );
  }
  if (spec.dateFormat !== undefined && target.format !== 'date')
    problems.push(`${key}.dateFormat: ${field} is ${article(target.format)}, not a date; use timeFormat for timestamps`);
  for (const option of ['timeFormat', 'timeZone'] as const) {
    if (spec[option] !== undefined && target.format !== 'instant')
      problems.push(`${key}.${option}: ${field} is ${article(target.format)}, not a timestamp`);
  }
  if (spec.timeZone && !IANAZone.isValidZone(spec.timeZone))
    problems.push(`${key}.timeZone: "${spec.timeZone}" is not an IANA time zone (e.g. Europe/Paris)`);
  if ((spec.split !== undefined || spec.path !== undefined) && !['list', 'path'].includes(target.format)) {
    problems.push(`${key}: ${field} holds one value (${target.format}); split and path are for lists`);
  }
  return problems;
}

/** Why the field's own validation refuses a value the mapping writes, or undefined. */
function refusal(target: TargetField, value: Scalar): string | undefined {
  if (target.values)
    return target.values.includes(String(value)) ? undefined : `is not allowed for ${target.name}; use one of ${target.values.join(', ')}`;
  const parsed = target.schema.safeParse(value);
  return parsed.success ? undefined : `is refused by ${target.name}: ${parsed.error.issues[0]?.message}`;
}

function expressionProblems(key: string, text: string): string[] {
  try {
    compileExpression(text);
    return [];
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return [`${key}: the expression does not parse: ${error.message}`];
  }
}

function patternProblems(key: string, pattern: string): string[] {
  try {
    new RegExp(pattern);
    return [];
  } catch (error) {
    return [`${key}: not a regular expression: ${(error as Error).message}`];
  }
}

function suggestion(name: string, known: string[]): string {
  return known.length ? ` (did you mean "${closest(name, known)}"? known: ${known.join(', ')})` : '';
}

const article = (format: string) => (format === 'one of' ? 'one of a list' : /^[aeiou]/.test(format) ? `an ${format}` : `a ${format}`);
