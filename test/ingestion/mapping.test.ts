import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mappingReference, referenceFile } from '../../src/ingestion/mapping/reference.js';
import type { RecordKind } from '../../src/ingestion/records.js';
import { loadMapping, MappingError, sourceOf } from '../../src/ingestion/sources.js';

/** Each operator of the mapping language on rows of a made-up pet shop, without a database. */
type Kinds = Parameters<typeof sourceOf>[0]['kinds'];
const shop = (kinds: Kinds, settings: Record<string, unknown> = {}) =>
  sourceOf({ source: 'petshop', defaultRegion: 'NL', trust: 2, kinds, ...settings });
const map = (kinds: Kinds, kind: RecordKind, row: Record<string, unknown>, settings?: Record<string, unknown>) =>
  shop(kinds, settings).mappers[kind]!.map(row);

describe('the mapping operators', () => {
  it('renames columns, one column feeding two fields', async () => {
    const mapped = await map({ customer: { columns: { Klantnr: ['sourceId', 'crmId'], Voornaam: 'givenName' } } }, 'customer', {
      Klantnr: 'K-7',
      Voornaam: 'Sanne',
      Extra: 'ignored',
    });
    expect(mapped.fields).toEqual({ sourceId: 'K-7', crmId: 'K-7', givenName: 'Sanne' });
  });

  it('maps values, case-insensitively when asked, with a default, counting every miss', async () => {
    const kinds: Kinds = {
      touchpoint: {
        fields: {
          type: { column: 'soort', map: { values: { klik: 'AD_CLICK', bezoek: 'PAGE_VIEW' }, ignoreCase: true } },
          channel: { column: 'kanaal', map: { values: { winkel: 'STORE' }, default: 'WEB' } },
        },
      },
    };
    expect(await map(kinds, 'touchpoint', { soort: 'KLIK', kanaal: 'winkel' })).toMatchObject({
      fields: { type: 'AD_CLICK', channel: 'STORE' },
      misses: [],
    });
    const missed = await map(kinds, 'touchpoint', { soort: 'scroll', kanaal: 'app' });
    expect(missed.fields).toEqual({ type: 'scroll', channel: 'WEB' });
    expect(missed.misses).toEqual([
      { field: 'type', value: 'scroll' },
      { field: 'channel', value: 'app' },
    ]);
  });

  it('writes templates with literal text over several columns, and gives nothing when a column is empty', async () => {
    const kinds: Kinds = { customer: { fields: { sourceId: 'id', socialHandle: { template: '{netwerk}:{naam}' } } } };
    expect((await map(kinds, 'customer', { id: '1', netwerk: 'mastodon', naam: 'sanne' })).fields).toEqual({
      sourceId: '1',
      socialHandle: 'mastodon:sanne',
    });
    expect((await map(kinds, 'customer', { id: '2', netwerk: 'mastodon', naam: ' ' })).fields).toEqual({ sourceId: '2' });
  });

  it('extracts a value inside another, by first group or by the group named value', async () => {
    const kinds: Kinds = {
      touchpoint: {
        fields: { sku: { column: 'url', extract: '/artikel/(\\w+-\\d+)' }, campaign: { column: 'url', extract: 'utm=(?<value>[a-z]+)' } },
      },
    };
    expect((await map(kinds, 'touchpoint', { url: '/artikel/KAT-12?utm=herfst' })).fields).toEqual({ sku: 'KAT-12', campaign: 'herfst' });
    expect((await map(kinds, 'touchpoint', { url: '/contact' })).fields).toEqual({});
  });

  it('looks a value up in a table, inline or from a CSV file next to the mapping, and reports a miss', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lookup-'));
    writeFileSync(join(dir, 'filialen.csv'), 'filiaal,munt\nAMS,EUR\nZRH,CHF\n');
    writeFileSync(
      join(dir, 'petshop.yaml'),
      [
        'source: petshop',
        'defaultRegion: NL',
        'trust: 2',
        'lookups:',
        '  munt: { file: filialen.csv, key: filiaal, value: munt }',
        '  kanaal: { AMS: STORE, WEB: WEB }',
        'kinds:',
        '  order:',
        '    fields:',
        '      currency: { column: filiaal, lookup: munt }',
        '      channel: { column: filiaal, lookup: kanaal }',
      ].join('\n'),
    );
    const mapper = loadMapping(join(dir, 'petshop.yaml')).mappers.order!;
    expect((await mapper.map({ filiaal: 'ZRH' })).fields).toEqual({ currency: 'CHF' });
    const missed = await mapper.map({ filiaal: 'LON' });
    expect(missed.fields).toEqual({});
    expect(missed.warnings.map((warning) => warning.reason)).toEqual([
      'no entry for "LON" in lookup munt; value dropped',
      'no entry for "LON" in lookup kanaal; value dropped',
    ]);
  });

  it("reads dates and times in the source's formats and zone, a field's own format winning, across a change to summer time", async () => {
    const kinds: Kinds = {
      customer: { fields: { birthDate: 'geboren', updatedAt: 'gewijzigd' } },
      touchpoint: { fields: { at: { column: 'tijd', timeFormat: 'x' } } },
    };
    const settings = { dateFormat: 'd-M-yyyy', timeFormat: 'd-M-yyyy HH:mm', timeZone: 'Europe/Amsterdam' };
    expect((await map(kinds, 'customer', { geboren: '7-3-1991', gewijzigd: '28-3-2026 12:00' }, settings)).fields).toEqual({
      birthDate: '1991-03-07',
      updatedAt: '2026-03-28T12:00:00.000+01:00',
    });
    expect((await map(kinds, 'customer', { gewijzigd: '30-3-2026 12:00' }, settings)).fields).toEqual({
      updatedAt: '2026-03-30T12:00:00.000+02:00',
    });
    expect((await map(kinds, 'touchpoint', { tijd: '1767225600000' }, settings)).fields).toEqual({ at: '2026-01-01T00:00:00.000Z' });
    const bad = await map(kinds, 'customer', { geboren: '1991-03-07' }, settings);
    expect(bad.fields).toEqual({});
    expect(bad.warnings).toEqual([
      { field: 'birthDate', value: '1991-03-07', reason: 'is not a date in the format d-M-yyyy; value dropped' },
    ]);
  });

  it("reads a time without a zone in the source's zone, and keeps a zone the value states", async () => {
    const kinds: Kinds = { touchpoint: { fields: { at: 'tijd' } } };
    const settings = { timeZone: 'America/New_York' };
    expect((await map(kinds, 'touchpoint', { tijd: '2026-07-04 09:00' }, settings)).fields).toEqual({
      at: '2026-07-04T09:00:00.000-04:00',
    });
    expect((await map(kinds, 'touchpoint', { tijd: '2026-07-04T09:00:00Z' }, settings)).fields).toEqual({ at: '2026-07-04T09:00:00.000Z' });
  });

  it('builds a category path from several columns, leaving out empty levels', async () => {
    const kinds: Kinds = { product: { fields: { sourceId: 'art', name: 'naam', categoryPath: { path: ['groep', 'sub', 'subsub'] } } } };
    expect((await map(kinds, 'product', { art: 'A1', naam: 'Krabpaal', groep: 'Kat', sub: '', subsub: 'Meubels' })).fields).toEqual({
      sourceId: 'A1',
      name: 'Krabpaal',
      categoryPath: ['Kat', 'Meubels'],
    });
  });

  it('synthesises a stable record id from a hash of chosen columns', async () => {
    const kinds: Kinds = { touchpoint: { fields: { sourceId: { hash: ['ontvanger', 'moment'], prefix: 'nb-' } } } };
    const one = await map(kinds, 'touchpoint', { ontvanger: 'a@b.nl', moment: '1', ander: 'x' });
    expect((await map(kinds, 'touchpoint', { ontvanger: 'a@b.nl', moment: '1', ander: 'y' })).fields).toEqual(one.fields);
    expect(one.fields!.sourceId).toMatch(/^nb-[0-9a-f]{20}$/);
    // Values are length-prefixed: moving a character between columns gives another id.
    expect((await map(kinds, 'touchpoint', { ontvanger: 'a@b.n', moment: 'l1' })).fields!.sourceId).not.toBe(one.fields!.sourceId);
  });

  it('skips rows a rule names, with its reason', async () => {
    const kinds: Kinds = { customer: { columns: { id: 'sourceId' }, skip: [{ when: "intern = 'ja'", reason: 'staff account' }] } };
    expect(await map(kinds, 'customer', { id: '1', intern: 'ja' })).toMatchObject({ skipped: 'staff account' });
    expect(await map(kinds, 'customer', { id: '2', intern: 'nee' })).toEqual({ fields: { sourceId: '2' }, warnings: [], misses: [] });
  });

  it('computes what the operators cannot say with a JSONata expression, sandboxed and time-limited', async () => {
    const kinds: Kinds = {
      product: {
        fields: {
          price: { expression: "$replace(`Prijs (EUR)`, ',', '.')" },
          topics: { expression: "$split(labels, ';')" },
          brand: { expression: '$string($$.constructor)' },
          name: { expression: '($loop := function($n) { $loop($n + 1) }; $loop(0))' },
        },
      },
    };
    const mapped = await map(kinds, 'product', { 'Prijs (EUR)': '12,50', labels: 'kat;speelgoed' });
    expect(mapped.fields).toEqual({ price: '12.50', topics: ['kat', 'speelgoed'] });
    // No way out of the row: the row's constructor is not reachable, and a runaway expression fails its record only.
    expect(mapped.warnings).toEqual([
      { field: 'name', value: null, reason: expect.stringMatching(/^expression failed: .*(stack|deep|longer)/i) },
    ]);
  });

  it('splits a cell into a list, and joins columns by a space', async () => {
    const kinds: Kinds = {
      socialSignal: { fields: { skus: { column: 'artikelen', split: ',' } } },
      customer: { joined: { street: ['nr', 'straat'] }, columns: { id: 'sourceId' } },
    };
    expect((await map(kinds, 'socialSignal', { artikelen: 'A1, B2,,C3' })).fields).toEqual({ skus: ['A1', 'B2', 'C3'] });
    expect((await map(kinds, 'customer', { id: '1', nr: '12', straat: 'Dorpsstraat' })).fields).toEqual({
      sourceId: '1',
      street: '12 Dorpsstraat',
    });
  });
});

describe('a mapping file that cannot be used', () => {
  const problems = (yaml: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'bad-mapping-')), 'petshop.yaml');
    writeFileSync(file, `source: petshop\ndefaultRegion: NL\ntrust: 2\n${yaml}`);
    try {
      loadMapping(file);
    } catch (error) {
      expect(error).toBeInstanceOf(MappingError);
      return (error as Error).message.replace(file, '<file>');
    }
    throw new Error('the mapping was accepted');
  };

  it('names an unknown target field, where it is, and the field meant', () => {
    expect(problems('kinds:\n  customer:\n    columns: { Voornaam: givenNaam }\n')).toMatch(
      /^<file>:\n {2}kinds\.customer\.columns\.Voornaam: customer records have no field "givenNaam" \(did you mean "givenName"\? known: sourceId, updatedAt, email/,
    );
  });

  it('refuses a value map or a constant into a value the record schema refuses, listing the allowed ones', () => {
    const message = problems(
      'kinds:\n  touchpoint:\n    fields:\n      type: { column: t, map: { values: { klik: CLICK } } }\n      channel: { constant: FAX }\n',
    );
    expect(message).toContain(
      'kinds.touchpoint.fields.type.map.values.klik: "CLICK" is not allowed for type; use one of PAGE_VIEW, SITE_SEARCH',
    );
    expect(message).toContain('kinds.touchpoint.fields.channel: "FAX" is not allowed for channel; use one of WEB, MOBILE_APP');
  });

  it('refuses an expression that does not parse, with where it went wrong', () => {
    expect(problems('kinds:\n  product:\n    fields:\n      price: { expression: "$replace(prijs, \',\' " }\n')).toMatch(
      /kinds\.product\.fields\.price\.expression: the expression does not parse: .*\(at character \d+\)/,
    );
  });

  it('refuses a pattern, a lookup, a zone and formats that cannot be used, all at once', () => {
    const message = problems(
      [
        'timeZone: Mars/Olympus',
        'kinds:',
        '  customer:',
        '    fields:',
        '      sourceId: { column: id, extract: "(unclosed" }',
        '      country: { column: land, lookup: landen }',
        '      givenName: { column: naam, dateFormat: dd-MM-yyyy }',
        '',
      ].join('\n'),
    );
    expect(message.split('\n').slice(1)).toEqual([
      expect.stringMatching(/^ {2}kinds\.customer\.fields\.sourceId\.extract: not a regular expression: /),
      '  kinds.customer.fields.country.lookup: no lookup table "landen"; add it under lookups',
      '  kinds.customer.fields.givenName.dateFormat: givenName is a name, not a date; use timeFormat for timestamps',
      '  timeZone: "Mars/Olympus" is not an IANA time zone (e.g. Europe/Paris)',
    ]);
  });

  it('refuses keys the language does not have, naming them', () => {
    expect(problems('kinds:\n  customer:\n    colums: { id: sourceId }\n')).toMatch(/kinds\.customer: Unrecognized key: "colums"/);
  });
});

describe('the reference of target fields', () => {
  it('is generated from the record schemas, and docs/source-fields.md is the current one (npm run sources:reference)', () => {
    const reference = mappingReference();
    expect(reference).toContain('| `type` | one of | yes | `PAGE_VIEW`, `SITE_SEARCH`');
    expect(reference).toContain('| `sentiment` | number |  | a number from -1 to 1 |');
    expect(readFileSync(referenceFile, 'utf8')).toBe(reference);
  });
});
