/**
 * The audience builder's conditions: one per category of the AudienceFilter input, each with the
 * fields a person fills in, and how a row of the form becomes a filter. No DOM here.
 */

export type FieldKind = 'text' | 'list' | 'whole' | 'decimal' | 'date' | 'choice';

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  choices?: string[];
}

export const categories: Record<string, { label: string; fields: FieldSpec[] }> = {
  purchased: {
    label: 'Bought',
    fields: [
      { name: 'category', label: 'category path', kind: 'text' },
      { name: 'skus', label: 'SKUs', kind: 'list' },
      { name: 'channels', label: 'channels', kind: 'list' },
      { name: 'since', label: 'since', kind: 'date' },
      { name: 'minSpend', label: 'spent at least', kind: 'text' },
    ],
  },
  touched: {
    label: 'Did',
    fields: [
      { name: 'types', label: 'types', kind: 'list' },
      { name: 'channels', label: 'channels', kind: 'list' },
      { name: 'topics', label: 'topics', kind: 'list' },
      { name: 'since', label: 'since', kind: 'date' },
    ],
  },
  said: {
    label: 'Said in public',
    fields: [
      { name: 'topics', label: 'topics', kind: 'list' },
      { name: 'skus', label: 'SKUs', kind: 'list' },
      { name: 'types', label: 'types', kind: 'list' },
      { name: 'minSentiment', label: 'sentiment at least', kind: 'decimal' },
      { name: 'since', label: 'since', kind: 'date' },
    ],
  },
  consented: {
    label: 'Consented',
    fields: [
      {
        name: 'purpose',
        label: 'purpose',
        kind: 'choice',
        choices: ['EMAIL_MARKETING', 'SMS_MARKETING', 'PROFILING', 'THIRD_PARTY_SHARING'],
      },
      { name: 'status', label: 'status', kind: 'choice', choices: ['GRANTED', 'WITHDRAWN'] },
    ],
  },
  profile: {
    label: 'Profile',
    fields: [
      { name: 'country', label: 'country', kind: 'text' },
      { name: 'city', label: 'city', kind: 'text' },
      { name: 'region', label: 'region', kind: 'text' },
      { name: 'lifecycleStage', label: 'stage', kind: 'text' },
    ],
  },
  metrics: {
    label: 'Figures',
    fields: [
      { name: 'minLifetimeValue', label: 'lifetime value at least', kind: 'text' },
      { name: 'minOrders', label: 'orders at least', kind: 'whole' },
      { name: 'maxOrders', label: 'orders at most', kind: 'whole' },
      { name: 'lastSeenAfter', label: 'seen since', kind: 'date' },
    ],
  },
  inSegment: { label: 'In segment', fields: [{ name: 'name', label: 'segment', kind: 'text' }] },
  inHousehold: { label: 'In a household', fields: [{ name: 'minSize', label: 'of at least', kind: 'whole' }] },
};

export interface ConditionRow {
  category: string;
  negated: boolean;
  values: Record<string, string>;
}

/** A row of the form as a filter; a value that is not what its field takes is an error naming both. */
export function conditionOf(row: ConditionRow, position: number): Record<string, unknown> {
  const category = categories[row.category];
  if (!category) throw new Error(`Condition ${position}: unknown category "${row.category}".`);
  const fields: Record<string, unknown> = {};
  for (const field of category.fields) {
    const raw = row.values[field.name]?.trim();
    if (raw) fields[field.name] = conditionValue(field, raw, `Condition ${position} (${category.label}): ${field.label}`);
  }
  const condition = { [row.category]: fields };
  return row.negated ? { not: condition } : condition;
}

function conditionValue(field: FieldSpec, raw: string, where: string): unknown {
  switch (field.kind) {
    case 'list':
      return raw
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    case 'whole': {
      if (!/^-?\d+$/.test(raw)) throw new Error(`${where} must be a whole number, got "${raw}".`);
      return Number(raw);
    }
    case 'decimal': {
      const number = Number(raw);
      if (!Number.isFinite(number)) throw new Error(`${where} must be a number, got "${raw}".`);
      return number;
    }
    case 'date': {
      const instant = `${raw}T00:00:00Z`;
      const real = /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(instant)) && new Date(instant).toISOString().startsWith(raw);
      if (!real) throw new Error(`${where} must be a date (YYYY-MM-DD), got "${raw}".`);
      return instant;
    }
    default:
      return raw;
  }
}

/** The whole filter: one condition alone, or all (or any) of several. */
export function filterOf(rows: ConditionRow[], combine: 'all' | 'any'): Record<string, unknown> {
  if (rows.length === 0) throw new Error('Add at least one condition.');
  const conditions = rows.map((row, index) => conditionOf(row, index + 1));
  return conditions.length === 1 ? conditions[0]! : { [combine]: conditions };
}
