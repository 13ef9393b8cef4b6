import { day, instantBetween } from '../calendar.js';
import type { Product } from '../catalog.js';
import { withDefects } from '../defects.js';
import { emailVariant } from '../dirt.js';
import { draft, type Draft, type PersonContext } from '../drafts.js';
import { likedProduct, type Purchase } from '../journey.js';
import type { Device } from '../people.js';
import type { Dice } from '../randomness.js';
import type { Leaf } from '../taxonomy.js';
import { campaign, searchTerm } from '../talk.js';

/**
 * Web and app analytics: events keyed by device, never by person, with epoch-millisecond times.
 * Logging in sends an identify event tying the device to an email (web.customer); devices nobody
 * logs in on stay anonymous visitors. Sessions before an online order lead up to it (search,
 * product pages, cart); other sessions browse what the person is interested in.
 */
interface Event {
  type: string;
  sku?: string;
  searchTerm?: string;
  topic?: string;
  campaign?: string;
  url: string;
}

const view = (product: Product): Event => ({ type: 'PAGE_VIEW', sku: product.sku, url: `/p/${product.sku}` });
const cart = (product: Product): Event => ({ type: 'CART', sku: product.sku, url: '/cart' });

function search(dice: Dice, leaf: Leaf): Event {
  const said = searchTerm(dice, leaf);
  return { type: 'SITE_SEARCH', ...said, url: `/search?q=${encodeURIComponent(said.searchTerm)}` };
}

function adClick(dice: Dice, leaf: Leaf, at: number): Event {
  const topic = dice.pick(leaf.topics);
  return { type: 'AD_CLICK', topic, campaign: campaign(at, topic), url: `/lp/${topic.replace(/\s+/g, '-')}` };
}

/** A session's events a few seconds to minutes apart, starting at `start`. */
function session({ person, dice }: PersonContext, device: Device, start: number, events: Event[]): Draft[] {
  let at = start;
  return events.map(({ url, ...event }) => {
    const fields = {
      sourceId: dice.uuid(),
      deviceId: device.id,
      channel: event.type === 'AD_CLICK' ? 'ADS' : device.app ? 'MOBILE_APP' : 'WEB',
      at,
      ...event,
    };
    at += dice.int(10, 240) * 1000;
    return draft('web', 'touchpoint', person.id, fields, { url });
  });
}

function beforeOrder(ctx: PersonContext, purchase: Purchase): Draft[] {
  const { dice } = ctx;
  const first = purchase.lines[0]!.product;
  const events = [
    ...(dice.chance(0.2) ? [adClick(dice, first.leaf, purchase.at)] : []),
    ...(dice.chance(0.7) ? [search(dice, first.leaf)] : []),
    ...purchase.lines.flatMap(({ product }) => (dice.chance(0.4) ? [view(product), view(product)] : [view(product)])),
    ...purchase.lines.map(({ product }) => cart(product)),
  ];
  return session(ctx, purchase.device!, purchase.at - events.length * 4 * 60_000, events);
}

/** Looking a product up online before buying it in store. */
function research(ctx: PersonContext, purchase: Purchase): Draft[] {
  const { dice, person } = ctx;
  if (person.devices.length === 0 || !dice.chance(0.4)) return [];
  const product = purchase.lines[0]!.product;
  const events = [...(dice.chance(0.5) ? [search(dice, product.leaf)] : []), view(product)];
  return session(ctx, dice.pick(person.devices), purchase.at - dice.int(1, 10) * day, events);
}

function browse(ctx: PersonContext): Draft[] {
  const { dice, person, catalog, journey } = ctx;
  const start = instantBetween(dice, journey.since);
  const leaf = dice.pick(person.interests);
  const products = Array.from({ length: dice.int(1, 4) }, () => likedProduct(dice, person, catalog));
  const events = [
    ...(dice.chance(0.15) ? [adClick(dice, leaf, start)] : []),
    ...(dice.chance(0.6) ? [search(dice, leaf)] : []),
    ...products.map(view),
    ...(dice.chance(0.15) ? [cart(products[0]!)] : []),
    ...(dice.chance(0.05) ? [{ type: 'FORM', topic: dice.pick(leaf.topics), url: '/newsletter' }] : []),
  ];
  return session(ctx, dice.pick(person.devices), start, events);
}

function identify({ person, journey, dice }: PersonContext, device: Device): Draft[] {
  return Array.from({ length: 1 + dice.count(person.activity) }, () => {
    const email = person.shopAccounts > 1 && dice.chance(0.3) ? person.otherEmail : person.email;
    return draft('web', 'customer', person.id, {
      sourceId: dice.uuid(),
      deviceId: device.id,
      email: dice.chance(0.1) ? emailVariant(dice, email) : email,
      updatedAt: instantBetween(dice, journey.since),
    });
  });
}

export function webRecords(ctx: PersonContext): Draft[] {
  const { person, journey, dice } = ctx;
  if (person.devices.length === 0) return [];
  const drafts = [
    ...person.devices.filter((d) => d.identified).flatMap((d) => identify(ctx, d)),
    ...journey.purchases.flatMap((p) => (p.outlet === 'STORE' ? research(ctx, p) : beforeOrder(ctx, p))),
    ...Array.from({ length: dice.count(4 * person.activity) }, () => browse(ctx)).flat(),
  ];
  return withDefects(dice, drafts, { format: 'ndjson', newId: () => dice.uuid() });
}
