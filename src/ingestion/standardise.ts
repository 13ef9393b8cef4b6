import Big from 'big.js';
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';

/**
 * The standard form of every value, as zod schemas that validate and convert in one step.
 * Input may be a string (CSV) or a JSON value (NDJSON); output is the form the graph stores.
 */
countries.registerLocale(english);

const scalar = z.union([z.string(), z.number()]).transform((value) => String(value).replace(/\s+/g, ' ').trim());
const text = scalar.pipe(z.string().min(1, 'is empty'));

function titleCase(value: string): string {
  if (value !== value.toUpperCase() && value !== value.toLowerCase()) return value;
  return value.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

const email = text.transform((value) => value.toLowerCase()).pipe(z.email('is not a valid email address'));

/** Tried in each region in turn: the record's own country first, then the source's default. */
function phone(regions: string[]) {
  return text.transform((value, ctx) => {
    for (const region of regions) {
      const parsed = parsePhoneNumberFromString(value, region as CountryCode);
      if (parsed?.isValid()) return parsed.number;
    }
    ctx.addIssue({ code: 'custom', message: `is not a valid phone number (read in ${regions.join(', then ')})` });
    return z.NEVER;
  });
}

const socialHandle = text.transform((value, ctx) => {
  const match = /^([a-z0-9_.-]+):@?(.+)$/i.exec(value);
  if (!match) {
    ctx.addIssue({ code: 'custom', message: 'must be platform:handle, e.g. instagram:jane.doe' });
    return z.NEVER;
  }
  return `${match[1]!.toLowerCase()}:${match[2]!.toLowerCase()}`;
});

const isoDate = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const date = text.transform((value, ctx) => {
  const match = isoDate.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  const iso = day && !Number.isNaN(day.getTime()) ? day.toISOString().slice(0, 10) : undefined;
  if (!match || iso !== `${match[1]}-${match[2]}-${match[3]}` || day!.getUTCFullYear() < 1900 || day!.getTime() > Date.now()) {
    ctx.addIssue({ code: 'custom', message: 'is not a real date as YYYY-MM-DD or YYYYMMDD' });
    return z.NEVER;
  }
  return iso;
});

/** A timestamp with an offset, or without one (read as UTC), or epoch milliseconds; stored in UTC. */
const instant = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const text = typeof value === 'string' ? value.trim() : value;
  const numeric = typeof text === 'number' || /^\d{10,13}$/.test(text);
  const withZone = typeof text === 'string' && /T.*(Z|[+-]\d\d:?\d\d)$/i.test(text) ? text : `${text}Z`;
  const time = numeric ? new Date(Number(text)) : new Date(String(withZone).replace(' ', 'T'));
  if (Number.isNaN(time.getTime())) {
    ctx.addIssue({ code: 'custom', message: 'is not an ISO-8601 timestamp' });
    return z.NEVER;
  }
  return time.toISOString();
});

const country = text.transform((value, ctx) => {
  const upper = value.toUpperCase();
  const code = countries.isValid(upper)
    ? upper.length === 3
      ? countries.alpha3ToAlpha2(upper)
      : upper
    : countries.getAlpha2Code(value, 'en');
  if (!code) {
    ctx.addIssue({ code: 'custom', message: 'is not a country (ISO 3166 code or English name)' });
    return z.NEVER;
  }
  return code;
});

/** Money in hundredths of the currency unit, as an integer: decimal arithmetic, no float drift. */
const money = scalar.transform((value, ctx) => {
  try {
    const hundredths = new Big(value.replace(/,/g, '')).times(100);
    if (!hundredths.round(0).eq(hundredths)) throw new Error('too many decimals');
    if (hundredths.lt(0)) throw new Error('negative');
    return hundredths.toNumber();
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not an amount of money (a non-negative decimal with at most 2 decimals)' });
    return z.NEVER;
  }
});

const currencies = new Set(Intl.supportedValuesOf('currency'));
const currency = text
  .transform((value) => value.toUpperCase())
  .refine((value) => currencies.has(value), 'is not an ISO 4217 currency code');

const quantity = z.coerce.number({ message: 'is not a number' }).int('must be a whole number').positive('must be positive');

const list = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))])
  .transform((value) => (Array.isArray(value) ? value.map(String) : value.split('|')).map((item) => item.trim()).filter(Boolean));

const topic = text.transform((value) => value.toLowerCase());

/**
 * Free-form details kept as they came (an event's properties): a JSON object, or its text. Stored
 * as JSON text with keys sorted, so the same details always give the same record.
 */
const details = z.union([z.record(z.string(), z.unknown()), z.string()]).transform((value, ctx) => {
  try {
    const object = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
    if (object && typeof object === 'object' && !Array.isArray(object)) return JSON.stringify(sorted(object));
  } catch {
    // told below
  }
  ctx.addIssue({ code: 'custom', message: 'is not a JSON object' });
  return z.NEVER;
});

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
  );
}

/** What each standard form accepts, for the mapping reference generated from the record schemas. */
const described = <T extends z.ZodType>(schema: T, format: string, description: string): T => schema.meta({ format, description }) as T;

export const standard = {
  text: described(text, 'text', 'any text; spaces trimmed and collapsed'),
  name: described(text.transform(titleCase), 'name', 'a name; ALL CAPS or all lower case is title-cased'),
  email: described(email, 'email', 'an email address; lower-cased'),
  phone: (regions: string[]) =>
    described(phone(regions), 'phone', "a phone number; stored E.164, read in the record's country, then the source's defaultRegion"),
  socialHandle: described(socialHandle, 'socialHandle', 'platform:handle, e.g. instagram:jane.doe (a leading @ is dropped)'),
  nationalId: described(
    text.transform((value) => value.replace(/[\s.-]/g, '').toUpperCase()),
    'nationalId',
    'a national id; spaces, dots and dashes removed',
  ),
  date: described(date, 'date', "a calendar date: YYYY-MM-DD or YYYYMMDD, or the source's dateFormat"),
  instant: described(
    instant,
    'instant',
    "a timestamp: ISO 8601 (no zone: the source's timeZone, else UTC), epoch ms, or the source's timeFormat",
  ),
  postcode: described(
    text.transform((value) => value.toUpperCase()),
    'postcode',
    'a postcode; upper-cased',
  ),
  country: described(country, 'country', 'ISO 3166 alpha-2 or alpha-3 code, or English name'),
  money: described(money, 'money', 'a non-negative decimal with at most 2 decimals; commas ignored'),
  currency: described(currency, 'currency', 'ISO 4217 code'),
  quantity: described(quantity, 'quantity', 'a positive whole number'),
  list: described(list, 'list', "items separated by | (or a field's split), or a JSON array"),
  details: described(details, 'details', 'a JSON object (or its text), kept as it came'),
  topic: described(topic, 'topic', 'a word or phrase; lower-cased'),
  topicList: described(
    list.transform((values) => values.map((value) => value.toLowerCase())),
    'list',
    "items separated by | (or a field's split), or a JSON array; lower-cased",
  ),
  path: described(
    z
      .union([z.string(), z.array(z.string())])
      .transform((value) => (Array.isArray(value) ? value : value.split('>')).map((part) => part.trim()).filter(Boolean))
      .pipe(z.array(z.string()).min(1, 'is empty')),
    'path',
    'a category path, root first: "Sport > Running > Shoes", a JSON array, or a mapping\'s path of columns',
  ),
  flag: described(
    z.union([z.boolean(), z.string()]).transform((value, ctx) => {
      if (typeof value === 'boolean') return value;
      const word = value.trim().toLowerCase();
      if (['true', 'yes', 'y', '1'].includes(word)) return true;
      if (['false', 'no', 'n', '0'].includes(word)) return false;
      ctx.addIssue({ code: 'custom', message: 'is not yes/no' });
      return z.NEVER;
    }),
    'flag',
    'yes/no: true, yes, y, 1 or false, no, n, 0',
  ),
};
