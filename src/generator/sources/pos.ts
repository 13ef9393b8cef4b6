import { instantBetween, writeTime } from '../calendar.js';
import { money } from '../catalog.js';
import { withDefects } from '../defects.js';
import { emailVariant, writeName, type Sloppiness } from '../dirt.js';
import { draft, type Draft, type PersonContext } from '../drafts.js';
import type { Purchase } from '../journey.js';
import { anyStyle, writePhone } from '../phones.js';
import { placeholderNames } from '../placeholders.js';

/**
 * The stores' point of sale: loyalty sign-ups typed at the till (the dirtiest names and phones
 * of all), receipts with one CSV row per line, and store visits. Everything names the person by
 * the loyalty card; the store code is a column the mapping ignores.
 */
const atTheTill: Sloppiness = { typo: 0.12, recase: 0.35, respace: 0.1, swap: 0.05, missing: 0.03 };

function postcode(dice: PersonContext['dice'], written: string): string {
  return dice.pick([written, written.toLowerCase(), written.replace(/\s+/g, ''), written]);
}

function signUp({ person, household, dice, regions }: PersonContext, loyaltyId: string, store: string): Draft {
  const name = writeName(dice, person.givenName, person.familyName, atTheTill);
  return draft(
    'pos',
    'customer',
    person.id,
    {
      sourceId: person.ids.next('posMember'),
      loyaltyId,
      ...name,
      givenName: dice.chance(0.02) ? dice.pick(placeholderNames) : name.givenName,
      phone: dice.chance(0.85) ? writePhone(person.phone, dice.pick(anyStyle), regions.pos) : undefined,
      email: dice.chance(0.35) ? emailVariant(dice, person.email) : undefined,
      postcode: dice.chance(0.9) ? postcode(dice, household.address.postcode) : undefined,
    },
    { Store: store },
  );
}

function receipt({ person }: PersonContext, loyaltyId: string, purchase: Purchase, store: string): Draft {
  const { currency, perPound } = person.country;
  return draft(
    'pos',
    'order',
    person.id,
    {
      sourceId: person.ids.next('posReceipt'),
      loyaltyId,
      placedAt: writeTime.noZone(purchase.at),
      currency,
      lines: purchase.lines.map(({ product, quantity }) => ({
        sku: product.sku,
        quantity: String(quantity),
        unitPrice: money(Math.round(product.pence * perPound)),
      })),
    },
    { Store: store },
  );
}

function visit({ person }: PersonContext, loyaltyId: string, at: number, store: string): Draft {
  return draft(
    'pos',
    'touchpoint',
    person.id,
    { sourceId: person.ids.next('posVisit'), loyaltyId, at: writeTime.noZone(at) },
    { Store: store },
  );
}

export function posRecords(ctx: PersonContext): Draft[] {
  const { person, journey, dice } = ctx;
  if (!person.loyaltyId) return [];
  const { loyaltyId } = person;
  const stores = person.country.stores;
  const home = stores[person.index % stores.length]!;
  const store = () => (dice.chance(0.8) ? home : dice.pick(stores));
  const bought = journey.purchases.filter((p) => p.outlet === 'STORE');
  const drafts = [
    signUp(ctx, loyaltyId, home),
    // Every purchase is a visit too (the card is scanned at the door); some visits buy nothing.
    ...bought.flatMap((p) => {
      const where = store();
      return [receipt(ctx, loyaltyId, p, where), visit(ctx, loyaltyId, p.at - dice.int(5, 40) * 60_000, where)];
    }),
    ...Array.from({ length: dice.count(1.5 * person.activity) }, () => visit(ctx, loyaltyId, instantBetween(dice, journey.since), store())),
  ];
  return withDefects(dice, drafts, {
    format: 'csv',
    newId: (d) => person.ids.next(d.kind === 'customer' ? 'posMember' : d.kind === 'order' ? 'posReceipt' : 'posVisit'),
  });
}
