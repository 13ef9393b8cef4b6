import { z } from 'zod';
import { recordSchemas, type RecordKind } from '../records.js';

/**
 * The fields a mapping may fill, read off the record schemas themselves, so the mapping check and
 * the reference can never drift from what validation accepts.
 */
export interface TargetField {
  name: string;
  /** The standard form (date, instant, phone...), `one of` for a closed vocabulary, or `number`. */
  format: string;
  description: string;
  required: boolean;
  values?: readonly string[];
  schema: z.ZodType;
}

/** The envelope fields every mapping gets for free: they are set from the mapping itself. */
const setByMapping = new Set(['kind', 'source']);

const byKind = new Map<string, Map<string, TargetField>>();

export function targetFields(kind: RecordKind, defaultRegion = 'GB'): Map<string, TargetField> {
  const key = `${kind}|${defaultRegion}`;
  let fields = byKind.get(key);
  if (!fields) byKind.set(key, (fields = readFields(shapeOf(kind, defaultRegion))));
  return fields;
}

/** The fields of one order line (an order's `lineColumns`). */
export function lineFields(): Map<string, TargetField> {
  const lines = shapeOf('order', 'GB').lines as z.ZodArray<z.ZodObject>;
  return readFields(lines.element.shape);
}

function shapeOf(kind: RecordKind, defaultRegion: string): Record<string, z.ZodType> {
  const union = recordSchemas({ phoneRegions: [defaultRegion] });
  const object = union.options.find((option) => (option.shape.kind as z.ZodLiteral).value === kind)!;
  return object.shape as Record<string, z.ZodType>;
}

function readFields(shape: Record<string, z.ZodType>): Map<string, TargetField> {
  const fields = new Map<string, TargetField>();
  for (const [name, schema] of Object.entries(shape)) {
    if (setByMapping.has(name)) continue;
    const required = !(schema instanceof z.ZodOptional);
    const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
    fields.set(name, { name, required, schema, ...describe(inner) });
  }
  return fields;
}

function describe(schema: z.ZodType): Pick<TargetField, 'format' | 'description' | 'values'> {
  if (schema instanceof z.ZodEnum) return { format: 'one of', description: 'one of the listed values', values: schema.options as string[] };
  if (schema instanceof z.ZodArray) return { format: 'list', description: 'a list of records' };
  const meta = z.globalRegistry.get(schema) as { format?: string; description?: string } | undefined;
  if (meta?.format) return { format: meta.format, description: meta.description ?? '' };
  return { format: 'number', description: numberRange(schema) };
}

function numberRange(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    minimum?: number;
    maximum?: number;
    anyOf?: { minimum?: number; maximum?: number }[];
  };
  const bounds = json.anyOf?.find((option) => option.minimum !== undefined || option.maximum !== undefined) ?? json;
  return bounds.minimum !== undefined && bounds.maximum !== undefined ? `a number from ${bounds.minimum} to ${bounds.maximum}` : 'a number';
}
