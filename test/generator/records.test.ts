import { describe, expect, it } from 'vitest';
import { generated, type SourceRecord } from './generated.js';

/** Which fields each schema-level defect breaks: a defective record must fail there and only there. */
const requiredField: Record<string, string> = {
  customer: 'sourceId',
  product: 'name',
  order: 'placedAt',
  touchpoint: 'at',
  socialSignal: 'at',
  consent: 'at',
};
const brokenFields: Record<string, (kind: string) => string[]> = {
  'missing-field': (kind) => [requiredField[kind]!],
  'invalid-email': () => ['email'],
  'invalid-phone': () => ['phone'],
  'placeholder-phone': () => ['phone'],
  'invalid-date': () => ['birthDate'],
  'invalid-timestamp': () => ['at', 'placedAt'],
  'negative-price': () => ['price'],
  'negative-quantity': () => ['lines'],
  'out-of-range': () => ['score', 'sentiment'],
  'no-person': () => ['customerSourceId'],
};

const data = (r: SourceRecord) => (r.parsed?.success ? r.parsed.data : undefined);
const describeRecord = (r: SourceRecord) => `${r.file} ${r.truth.sourceId} (${r.truth.defect ?? 'valid'})`;

function references(records: SourceRecord[]) {
  const valid = records.filter((r) => r.truth.defect === null);
  const skus = new Set(valid.filter((r) => r.kind === 'product').map((r) => data(r)!.sourceId));
  const customers = new Set(valid.filter((r) => r.kind === 'customer').map((r) => `${r.source}/${String(data(r)!.sourceId)}`));
  return { skus, customers };
}

function skusOf(record: Record<string, unknown>): string[] {
  const lines = (record.lines as { sku: string }[] | undefined) ?? [];
  return [
    ...lines.map((line) => line.sku),
    ...(record.sku ? [record.sku as string] : []),
    ...((record.skus as string[] | undefined) ?? []),
  ];
}

describe('generated records against the ingestion schema', () => {
  const { records } = generated();

  it('parses every valid record after applying its source mapping', () => {
    const failures = records
      .filter((r) => r.truth.defect === null && !r.parsed?.success)
      .map((r) => `${describeRecord(r)}: ${JSON.stringify(r.parsed)}`);
    expect(failures).toEqual([]);
  });

  it('has lines that are not JSON exactly where the truth says malformed-json', () => {
    const malformed = records.filter((r) => r.read.malformed).map(describeRecord);
    expect(malformed.length).toBeGreaterThan(0);
    expect(malformed).toEqual(records.filter((r) => r.truth.defect === 'malformed-json').map(describeRecord));
  });

  it('rejects every other invalid record for the reason its defect names, and for no other', () => {
    const schemaDefects = records.filter((r) => r.truth.defect !== null && r.truth.defect in brokenFields);
    expect(new Set(schemaDefects.map((r) => r.truth.defect))).toEqual(new Set(Object.keys(brokenFields)));
    const wrong = schemaDefects.filter((r) => {
      if (r.parsed?.success !== false) return true;
      const expected = brokenFields[r.truth.defect!]!(r.kind);
      return !r.parsed.issues.every((issue) => expected.includes(String(issue.path[0])));
    });
    expect(wrong.map((r) => `${describeRecord(r)}: ${JSON.stringify(r.parsed)}`)).toEqual([]);
  });

  it('gives records without a person the schema\'s "names no person" reason', () => {
    const noPerson = records.filter((r) => r.truth.defect === 'no-person');
    expect(
      noPerson.every((r) => r.parsed?.success === false && r.parsed.issues.some((issue) => issue.message.startsWith('names no person'))),
    ).toBe(true);
  });

  it('lets referential defects pass the schema while they refer to nothing that exists', () => {
    const { skus, customers } = references(records);
    const unknownSku = records.filter((r) => r.truth.defect === 'unknown-sku');
    const unknownCustomer = records.filter((r) => r.truth.defect === 'unknown-customer');
    expect(unknownSku.length).toBeGreaterThan(0);
    expect(unknownCustomer.length).toBeGreaterThan(0);
    for (const r of [...unknownSku, ...unknownCustomer]) expect(r.parsed?.success, describeRecord(r)).toBe(true);
    for (const r of unknownSku)
      expect(
        skusOf(data(r)!).some((sku) => !skus.has(sku)),
        describeRecord(r),
      ).toBe(true);
    for (const r of unknownCustomer)
      expect(customers.has(`${r.source}/${String(data(r)!.customerSourceId)}`), describeRecord(r)).toBe(false);
  });

  it('refers, in valid records, only to products in the catalog and customers of the same source', () => {
    const { skus, customers } = references(records);
    const valid = records
      .filter((r) => r.truth.defect === null && r.kind !== 'product' && r.kind !== 'customer')
      .map((r) => ({ r, d: data(r)! }));
    expect(valid.filter(({ d }) => skusOf(d).some((sku) => !skus.has(sku))).map(({ r }) => describeRecord(r))).toEqual([]);
    const dangling = valid.filter(
      ({ r, d }) => d.customerSourceId !== undefined && !customers.has(`${r.source}/${String(d.customerSourceId)}`),
    );
    expect(dangling.map(({ r }) => describeRecord(r))).toEqual([]);
  });
});
