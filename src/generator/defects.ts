import type { RecordKind } from '../ingestion/records.js';
import { unknownSku } from './catalog.js';
import type { Defect } from './defect-kinds.js';
import type { Draft, DraftLine, Fields } from './drafts.js';
import { placeholderPhones } from './placeholders.js';
import type { Dice } from './randomness.js';
import type { Format } from './source-files.js';

/**
 * Invalid records, each with one known defect, so the importer's rejects can be checked against
 * the truth. A defective record is an extra record (a fresh id) next to the valid one it was
 * copied from, so no valid record loses anything it refers to.
 *
 * Most defects fail the ingestion schema; "unknown-sku" and "unknown-customer" pass it and can
 * only be caught against the catalog and the source's customers.
 */

/** The share of records that get a defective sibling. */
const defectRate = 0.015;

/** The field each kind cannot do without (besides its person), removed by "missing-field". */
const requiredField: Record<RecordKind, string> = {
  customer: 'sourceId',
  product: 'name',
  order: 'placedAt',
  touchpoint: 'at',
  socialSignal: 'at',
  consent: 'at',
};

const personFields = ['customerSourceId', 'email', 'phone', 'crmId', 'loyaltyId', 'deviceId', 'socialHandle', 'nationalId'];

export interface DefectOptions {
  format: Format;
  /** A fresh id of the same series as the draft's. */
  newId: (draft: Draft) => string;
  /** A customer id of this source that no record carries. */
  unknownCustomer?: () => string;
}

/** Dangling references fit few records, so they are drawn more often where they fit. */
const weight: Partial<Record<Defect, number>> = { 'unknown-customer': 3 };

function applicable(draft: Draft, options: DefectOptions): Defect[] {
  const has = (field: string) => draft.fields[field] !== undefined;
  const candidates: [Defect, boolean][] = [
    ['malformed-json', options.format === 'ndjson'],
    ['missing-field', has(requiredField[draft.kind])],
    ['invalid-email', has('email')],
    ['invalid-phone', has('phone')],
    ['placeholder-phone', has('phone') && draft.kind === 'customer'],
    ['invalid-date', has('birthDate')],
    ['invalid-timestamp', has('at') || has('placedAt')],
    ['negative-price', has('price')],
    ['negative-quantity', has('lines')],
    ['out-of-range', has('score') || has('sentiment')],
    ['no-person', !['customer', 'product'].includes(draft.kind)],
    ['unknown-sku', has('lines')],
    ['unknown-customer', has('customerSourceId') && options.unknownCustomer !== undefined],
  ];
  return candidates.filter(([, fits]) => fits).map(([defect]) => defect);
}

function brokenEmail(dice: Dice, email: string): string {
  const trimmed = email.trim();
  return dice.pick([
    trimmed.replace('@', ''),
    trimmed.replace('@', '@@'),
    `${trimmed.split('@')[0]}@`,
    trimmed.replace(/\.[a-z]+$/i, ''),
    'n/a',
  ]);
}

function brokenLines(dice: Dice, lines: DraftLine[], change: (line: DraftLine) => DraftLine): DraftLine[] {
  const at = dice.int(0, lines.length - 1);
  return lines.map((line, i) => (i === at ? change(line) : line));
}

function breakFields(dice: Dice, draft: Draft, defect: Defect, options: DefectOptions): Fields {
  const fields = { ...draft.fields };
  const time = fields.at !== undefined ? 'at' : 'placedAt';
  switch (defect) {
    case 'malformed-json':
      return fields; // spoilt when written: the line is cut short
    case 'missing-field':
      delete fields[requiredField[draft.kind]];
      return fields;
    case 'invalid-email':
      return { ...fields, email: brokenEmail(dice, String(fields.email)) };
    case 'invalid-phone':
      return { ...fields, phone: dice.pick([String(fields.phone).slice(0, 5), '12345', 'ask at desk']) };
    case 'placeholder-phone':
      return { ...fields, phone: dice.pick(placeholderPhones) };
    case 'invalid-date':
      return { ...fields, birthDate: dice.pick([`${String(fields.birthDate).slice(0, 4)}-02-30`, '31/12/1980', '2999-01-01']) };
    case 'invalid-timestamp':
      return { ...fields, [time]: dice.pick(['yesterday', '31/13/2024 25:00', 'n/a']) };
    case 'negative-price':
      return { ...fields, price: `-${String(fields.price)}` };
    case 'negative-quantity':
      return { ...fields, lines: brokenLines(dice, fields.lines as DraftLine[], (line) => ({ ...line, quantity: -dice.int(1, 3) })) };
    case 'out-of-range':
      return fields.score !== undefined
        ? { ...fields, score: dice.pick([11, 12, -1]) }
        : { ...fields, sentiment: (dice.pick([-1, 1]) * dice.int(15, 30)) / 10 };
    case 'no-person':
      return Object.fromEntries(Object.entries(fields).filter(([key]) => !personFields.includes(key)));
    case 'unknown-sku':
      return { ...fields, lines: brokenLines(dice, fields.lines as DraftLine[], (line) => ({ ...line, sku: unknownSku(dice) })) };
    case 'unknown-customer':
      return { ...fields, customerSourceId: options.unknownCustomer!() };
  }
}

/** The drafts, each followed now and then by a defective copy of itself. */
export function withDefects(dice: Dice, drafts: Draft[], options: DefectOptions): Draft[] {
  return drafts.flatMap((valid) => {
    if (!dice.chance(defectRate)) return [valid];
    const defect = dice.weighted(applicable(valid, options).map((d) => [d, weight[d] ?? 1] as const));
    const sourceId = options.newId(valid);
    const fields = breakFields(dice, valid, defect, options);
    return [valid, { ...valid, sourceId, defect, fields: fields.sourceId === undefined ? fields : { ...fields, sourceId } }];
  });
}
