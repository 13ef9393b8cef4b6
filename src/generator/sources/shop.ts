import { instantBetween, writeTime } from '../calendar.js';
import { defectiveSku, money, type Catalog } from '../catalog.js';
import { withDefects } from '../defects.js';
import { emailVariant, writeName, type Sloppiness } from '../dirt.js';
import { draft, type Draft, type PersonContext } from '../drafts.js';
import type { Purchase } from '../journey.js';
import { anyStyle, writePhone } from '../phones.js';
import { placeholderEmails } from '../placeholders.js';
import { neutralDice } from '../randomness.js';

/**
 * The web shop: its catalog, the accounts people open (some open a second one with another
 * mailbox and a name typed differently) and the orders placed on the website or the app.
 * Its NDJSON uses the ingestion record's own field names, so its mapping has no columns.
 */
const firstAccount: Sloppiness = { typo: 0.05, recase: 0.2, respace: 0.05, swap: 0.03, missing: 0.05 };
const secondAccount: Sloppiness = { typo: 0.3, recase: 0.3, respace: 0.1, swap: 0.1, missing: 0.1 };

export function productRecords(catalog: Catalog, seed: number): Draft[] {
  const dice = neutralDice([seed, 3]);
  const drafts = catalog.products.map((product) =>
    draft('shop', 'product', null, {
      sourceId: product.sku,
      name: product.name,
      categoryPath: [...product.leaf.path],
      brand: product.brand,
      price: money(product.pence),
      currency: 'GBP',
      topics: product.topics,
    }),
  );
  let defective = 0;
  return withDefects(dice, drafts, {
    format: 'ndjson',
    newId: (d) => defectiveSku(catalog.products.find((p) => p.sku === d.sourceId)!.leaf, ++defective),
  });
}

function account({ person, journey, dice, regions }: PersonContext, second: boolean): Draft {
  const email = second ? person.otherEmail : person.email;
  const browser = person.devices.find((d) => !d.app);
  return draft('shop', 'customer', person.id, {
    sourceId: person.ids.next('shopAccount'),
    email: dice.chance(0.02) ? dice.pick(placeholderEmails) : dice.chance(0.1) ? emailVariant(dice, email) : email,
    phone: dice.chance(second ? 0.7 : 0.5) ? writePhone(person.phone, dice.pick(anyStyle), regions.shop) : undefined,
    ...writeName(dice, person.givenName, person.familyName, second ? secondAccount : firstAccount),
    deviceId: browser && dice.chance(0.3) ? browser.id : undefined,
    country: dice.chance(0.5) ? person.country.code : person.country.code.toLowerCase(),
    updatedAt: writeTime.isoUtc(instantBetween(dice, journey.since)),
  });
}

function order({ person, dice }: PersonContext, purchase: Purchase, accountId: string): Draft {
  const { currency, perPound } = person.country;
  // Some orders are placed as a guest, known only by the email typed at checkout.
  const asGuest = dice.chance(0.25);
  return draft('shop', 'order', person.id, {
    sourceId: person.ids.next('shopOrder'),
    customerSourceId: asGuest ? undefined : accountId,
    email: asGuest ? (dice.chance(0.2) ? emailVariant(dice, person.email) : person.email) : undefined,
    placedAt: writeTime.isoUtc(purchase.at),
    channel: purchase.outlet,
    currency,
    lines: purchase.lines.map(({ product, quantity }) => ({
      sku: product.sku,
      quantity,
      unitPrice: money(Math.round(product.pence * perPound * (dice.chance(0.1) ? 0.9 : 1))),
    })),
  });
}

export function shopRecords(ctx: PersonContext): Draft[] {
  const { person, journey, dice } = ctx;
  const accounts = Array.from({ length: person.shopAccounts }, (_, i) => account(ctx, i > 0));
  // Online purchases happen only with an account (see journey.ts), so accounts[0] exists.
  const orders = journey.purchases.filter((p) => p.outlet !== 'STORE').map((p) => order(ctx, p, accounts[0]!.sourceId));
  return withDefects(dice, [...accounts, ...orders], {
    format: 'ndjson',
    newId: (d) => person.ids.next(d.kind === 'customer' ? 'shopAccount' : 'shopOrder'),
    unknownCustomer: () => person.ids.unknown('shopAccount'),
  });
}
