import { day, instantBetween, window } from './calendar.js';
import type { Catalog, Product } from './catalog.js';
import type { Device, Person } from './people.js';
import type { Dice } from './randomness.js';

/**
 * What a person buys, where and when. Sources render the same journey from their own angle
 * (the web shop's order, the searches and page views before it, the review after it), so the
 * records of one person tell one consistent story across channels.
 */
export type Outlet = 'WEB' | 'MOBILE_APP' | 'STORE';

export interface Purchase {
  at: number;
  outlet: Outlet;
  /** The device an online purchase was made on. */
  device?: Device;
  lines: { product: Product; quantity: number }[];
}

export interface Journey {
  /** When the person first shows up in any system. */
  since: number;
  purchases: Purchase[];
}

/** Mostly something the person is interested in, now and then anything. */
export function likedProduct(dice: Dice, person: Person, catalog: Catalog): Product {
  if (dice.chance(0.2)) return dice.pick(catalog.products);
  return dice.pick(catalog.byLeaf.get(dice.pick(person.interests))!);
}

function outlets(person: Person): Outlet[] {
  // Buying online takes a shop account and a device the person is logged in on.
  const app = person.devices.some((d) => d.app && d.identified);
  const online: Outlet[] = person.shopAccounts > 0 ? ['WEB', ...(app ? ['MOBILE_APP' as const] : [])] : [];
  return [...online, ...(person.loyaltyId ? ['STORE' as const] : [])];
}

function purchase(dice: Dice, person: Person, catalog: Catalog, since: number, outlet: Outlet): Purchase {
  const lineCount = dice.weighted([
    [1, 65],
    [2, 25],
    [3, 10],
  ] as const);
  const lines = Array.from({ length: lineCount }, () => ({
    product: likedProduct(dice, person, catalog),
    quantity: dice.weighted([
      [1, 85],
      [2, 10],
      [3, 5],
    ] as const),
  }));
  const device = outlet === 'STORE' ? undefined : person.devices.find((d) => d.identified && d.app === (outlet === 'MOBILE_APP'));
  return { at: instantBetween(dice, since), outlet, device, lines };
}

export function journey(dice: Dice, person: Person, catalog: Catalog): Journey {
  const since = instantBetween(dice, window.start, window.end - 90 * day);
  const where = outlets(person);
  const count = where.length === 0 ? 0 : dice.count(5.5 * person.activity);
  const purchases = Array.from({ length: count }, () => purchase(dice, person, catalog, since, dice.pick(where)));
  return { since, purchases: purchases.sort((a, b) => a.at - b.at) };
}
