import { describe, expect, it } from 'vitest';
import { placeholderEmails, placeholderNames, placeholderPhones } from '../../src/generator/placeholders.js';
import { generated, type SourceRecord } from './generated.js';

/** The dirt and structure identity resolution and the journeys need are really in the data. */
const { records } = generated();
const valid = records.filter((r) => r.truth.defect === null && r.parsed?.success);
const data = (r: SourceRecord) => (r.parsed?.success ? r.parsed.data : {}) as Record<string, unknown>;
const raw = (r: SourceRecord) => (r.read.malformed ? {} : r.read.fields);
const ofKind = (kind: string, source?: string) => valid.filter((r) => r.kind === kind && (!source || r.source === source));
const byPerson = (list: SourceRecord[]) => {
  const groups = new Map<string, SourceRecord[]>();
  for (const r of list) groups.set(r.truth.person!, [...(groups.get(r.truth.person!) ?? []), r]);
  return groups;
};

describe('cross-source duplicates of one person', () => {
  const customers = byPerson(ofKind('customer'));

  it('spread one person over several sources', () => {
    const sources = [...customers.values()].map((list) => new Set(list.map((r) => r.source)).size);
    expect(sources.filter((n) => n >= 3).length).toBeGreaterThan(20);
  });

  it("spell one person's name differently (typos, swapped names) even after standardisation", () => {
    const spellings = [...customers.values()].map((list) => new Set(list.map((r) => data(r).familyName).filter(Boolean)));
    expect(spellings.filter((names) => names.size > 1).length).toBeGreaterThan(20);
    const swapped = [...customers.values()].filter((list) =>
      list.some((a) =>
        list.some(
          (b) => a.truth.sourceId !== b.truth.sourceId && data(a).givenName !== undefined && data(a).givenName === data(b).familyName,
        ),
      ),
    );
    expect(swapped.length).toBeGreaterThan(0);
  });

  it('write names, emails and postcodes with case and spacing variations that standardise away', () => {
    const names = ofKind('customer').map((r) => String(raw(r).givenName ?? ''));
    expect(names.some((n) => n !== n.trim())).toBe(true);
    expect(names.some((n) => n.length > 2 && n === n.toUpperCase())).toBe(true);
    expect(valid.some((r) => typeof raw(r).email === 'string' && /[A-Z]/.test(raw(r).email as string))).toBe(true);
    expect(ofKind('customer', 'pos').some((r) => /^[a-z0-9]+$/.test(String(raw(r).postcode ?? '')))).toBe(true);
  });

  it('write phone numbers in many formats that standardise to one E.164 number', () => {
    const written = valid.map((r) => raw(r).phone).filter((p): p is string => typeof p === 'string');
    const styles = { international: /^\+\d+ /, e164: /^\+\d+$/, exitCode: /^00/, trunk: /\(0\)/, dotted: /\./, national: /^0\d+ / };
    for (const [style, pattern] of Object.entries(styles))
      expect(
        written.some((p) => pattern.test(p)),
        style,
      ).toBe(true);
    const numbersPerPerson = [...byPerson(valid.filter((r) => data(r).phone)).values()].map(
      (list) => new Set(list.map((r) => data(r).phone)).size,
    );
    expect(numbersPerPerson.every((n) => n === 1)).toBe(true);
  });

  it('leave fields out', () => {
    const crm = ofKind('customer', 'crm');
    expect(crm.some((r) => data(r).phone === undefined)).toBe(true);
    expect(crm.some((r) => data(r).birthDate === undefined)).toBe(true);
  });
});

describe('households and placeholders', () => {
  it('share a family email between people with different CRM ids', () => {
    const byEmail = new Map<string, SourceRecord[]>();
    for (const r of ofKind('customer', 'crm')) byEmail.set(String(data(r).email), [...(byEmail.get(String(data(r).email)) ?? []), r]);
    const family = [...byEmail.entries()].filter(
      ([email, list]) =>
        email.includes('.family') && new Set(list.map((r) => data(r).crmId)).size > 1 && new Set(list.map((r) => r.truth.person)).size > 1,
    );
    expect(family.length).toBeGreaterThan(5);
  });

  it('use placeholder emails and names for several unrelated people, in valid records', () => {
    const peopleWith = (match: (r: SourceRecord) => boolean) => new Set(valid.filter(match).map((r) => r.truth.person)).size;
    expect(peopleWith((r) => (placeholderEmails as readonly unknown[]).includes(data(r).email))).toBeGreaterThan(1);
    expect(peopleWith((r) => (placeholderNames as readonly string[]).includes(String(raw(r).givenName)))).toBeGreaterThan(1);
  });

  it('use placeholder phones, which the current schema rejects', () => {
    const withPlaceholder = records.filter(
      (r) => !r.read.malformed && (placeholderPhones as readonly unknown[]).includes(r.read.fields.phone),
    );
    expect(withPlaceholder.length).toBeGreaterThan(0);
    expect(withPlaceholder.every((r) => r.truth.defect === 'placeholder-phone' && !r.parsed?.success)).toBe(true);
  });

  it('live in several countries', () => {
    expect(new Set(ofKind('customer', 'crm').map((r) => data(r).country))).toEqual(new Set(['GB', 'FR', 'DE', 'ES', 'US']));
  });
});

describe('events and talk', () => {
  it('cover every touchpoint type, signal type and online channel', () => {
    expect(new Set(ofKind('touchpoint').map((r) => data(r).type))).toEqual(
      new Set([
        'PAGE_VIEW',
        'SITE_SEARCH',
        'EMAIL_OPEN',
        'EMAIL_CLICK',
        'CART',
        'STORE_VISIT',
        'AD_CLICK',
        'FORM',
        'SUPPORT_CONTACT',
        'SURVEY_ANSWER',
      ]),
    );
    expect(new Set(ofKind('socialSignal').map((r) => data(r).type))).toEqual(new Set(['MENTION', 'POST', 'REVIEW', 'FOLLOW']));
    expect(new Set(ofKind('order').map((r) => data(r).channel))).toEqual(new Set(['WEB', 'MOBILE_APP', 'STORE']));
  });

  it('are written out of time order', () => {
    const times = ofKind('touchpoint', 'web').map((r) => Date.parse(String(data(r).at)));
    expect(times.some((t, i) => i > 0 && t < times[i - 1]!)).toBe(true);
  });

  it('come from anonymous devices nobody ever identified', () => {
    const identified = new Set(ofKind('customer', 'web').map((r) => data(r).deviceId));
    const anonymous = new Set(
      ofKind('touchpoint', 'web')
        .map((r) => data(r).deviceId)
        .filter((d) => !identified.has(d)),
    );
    expect(anonymous.size).toBeGreaterThan(10);
  });

  it('talk about the products and topics they point at', () => {
    const products = new Map(ofKind('product').map((r) => [data(r).sourceId, String(data(r).name)]));
    const talk = ofKind('socialSignal').filter((r) => data(r).text !== undefined);
    for (const r of talk) {
      const { text, skus, topics } = data(r) as { text: string; skus?: string[]; topics: string[] };
      const about = skus?.length ? skus.map((sku) => products.get(sku)!) : topics;
      expect(
        about.some((subject) => text.toLowerCase().includes(subject.toLowerCase())),
        text,
      ).toBe(true);
    }
    const searches = ofKind('touchpoint', 'web').filter((r) => data(r).type === 'SITE_SEARCH');
    expect(searches.length).toBeGreaterThan(0);
    expect(searches.every((r) => data(r).searchTerm && data(r).topic)).toBe(true);
  });

  it('give survey answers a score and support contacts an outcome', () => {
    const crm = ofKind('touchpoint', 'crm');
    expect(crm.filter((r) => data(r).type === 'SURVEY_ANSWER').every((r) => typeof data(r).score === 'number')).toBe(true);
    expect(
      crm.filter((r) => data(r).type === 'SUPPORT_CONTACT').every((r) => typeof data(r).resolved === 'boolean' && data(r).comment),
    ).toBe(true);
  });
});
