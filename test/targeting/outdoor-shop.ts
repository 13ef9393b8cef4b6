import type { IncomingRecord } from '../../src/ingestion/ingest.js';

/**
 * A small outdoor shop's data, normalised by hand and shaped unlike the generator's: its own
 * categories, a catalogue without a topics column, site searches typed in free text, social posts
 * between visits, support contacts that do not say whether they were resolved. Times are days
 * before `loadedAt`, so the lead windows can be tested at their edges.
 */
export const loadedAt = Date.now();
const dayMs = 86_400_000;
export const daysAgo = (days: number) => new Date(loadedAt - days * dayMs).toISOString();

const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
export const emailOf = (name: string) => `${name}@fjellsport.example`;
const who = (name: string) => ({ email: emailOf(name) });
let serial = 0;
const next = (prefix: string) => {
  serial += 1;
  return `${prefix}-${serial}`;
};

const product = (sku: string, name: string, categoryPath: string) =>
  record({ kind: 'product', source: 'shop', sourceId: sku, name, categoryPath, price: '89.00', currency: 'NOK' });
const order = (name: string, sku: string, days: number, channel = 'WEB') =>
  record({
    kind: 'order',
    source: 'shop',
    sourceId: next('ORD'),
    ...who(name),
    placedAt: daysAgo(days),
    channel,
    currency: 'NOK',
    lines: [{ sku, quantity: 1, unitPrice: '89.00' }],
  });
const touch = (name: string, type: string, channel: string, days: number, extra: Record<string, unknown> = {}) =>
  record({ kind: 'touchpoint', source: 'web', sourceId: next('EV'), ...who(name), type, channel, at: daysAgo(days), ...extra });
const search = (name: string, text: string, days: number) => touch(name, 'SITE_SEARCH', 'WEB', days, { searchTerm: text });
const say = (name: string, type: string, platform: string, text: string, days: number, extra: Record<string, unknown> = {}) =>
  record({
    kind: 'socialSignal',
    source: 'social',
    sourceId: next('SIG'),
    ...who(name),
    type,
    platform,
    text,
    at: daysAgo(days),
    ...extra,
  });

export const catalogue = [
  product('FJ-100', 'Peregrine 14', 'Sport > Running > Trail Running Shoes'),
  product('FJ-110', 'Speedgoat 5', 'Sport > Running > Trail Running Shoes'),
  product('FJ-200', 'Road Racer 3', 'Sport > Running > Road Shoes'),
  product('FJ-300', 'Aero Helmet', 'Sport > Cycling > Helmets'),
  product('FJ-400', 'Headlamp 400', 'Outdoor > Lighting'),
];

export const people = [
  // Lead windows ("bought": 730 days). Each bought a road shoe, a neighbour of the trail shoes.
  order('greta', 'FJ-200', 200),
  order('hugo', 'FJ-200', 729),
  order('ivo', 'FJ-200', 731),
  // Bought a trail shoe: a lead for the topic "trail running" only through the category's name.
  order('lena', 'FJ-100', 30),
  // Support contacts. Omar's does not say whether it was resolved (presumed open for 14 days);
  // Pia's does not say either but is 20 days old (presumed resolved); Kai's says unresolved.
  touch('omar', 'PAGE_VIEW', 'WEB', 2, { sku: 'FJ-100' }),
  touch('omar', 'SUPPORT_CONTACT', 'CALL_CENTRE', 5, { comment: 'sole came off' }),
  touch('pia', 'PAGE_VIEW', 'WEB', 2, { sku: 'FJ-100' }),
  touch('pia', 'SUPPORT_CONTACT', 'CALL_CENTRE', 20),
  touch('kai', 'PAGE_VIEW', 'WEB', 2, { sku: 'FJ-100' }),
  touch('kai', 'SUPPORT_CONTACT', 'EMAIL', 40, { resolved: 'no' }),
  // Searches in free text: two about trail running (one by a synonym), one about road running,
  // one about trail running but older than the 90-day search window.
  search('quinn', 'any good shoes for Trail-Running in mud?', 10),
  search('rosa', 'trail runners size 39', 12),
  search('sven', 'road running shoes', 8),
  search('uma', 'trail running', 100),
  // Talk whose text says it without any link to a product or topic, and an unrelated post.
  say('tara', 'POST', 'instagram', 'First off-road running race done, legs gone', 4, { sentiment: 0.8 }),
  say('quinn', 'MENTION', 'x', 'Rain again. Cycling to work anyway', 3),
  // A journey with social steps between visits: a page, a post, a store visit, the purchase in
  // the store, then a warm review. Walt enters through a follow on tiktok.
  touch('vera', 'PAGE_VIEW', 'WEB', 10),
  say('vera', 'POST', 'instagram', 'Eyeing the Speedgoat for the autumn season', 8, { sentiment: 0.3 }),
  touch('vera', 'STORE_VISIT', 'STORE', 6),
  order('vera', 'FJ-110', 5, 'STORE'),
  say('vera', 'REVIEW', 'instagram', 'Speedgoat 5: grippy and light', 1, { sentiment: 0.9, skus: ['FJ-110'] }),
  say('walt', 'FOLLOW', 'tiktok', 'fjellsport', 20),
  touch('walt', 'PAGE_VIEW', 'WEB', 19, { sku: 'FJ-300' }),
];
