import { window } from './calendar.js';
import type { Country } from './countries.js';
import { IdBook } from './ids.js';
import { mobileNumber } from './phones.js';
import type { Dice } from './randomness.js';
import { taxonomy, type Leaf } from './taxonomy.js';

/**
 * The true people behind the data (the ground truth identity resolution is judged against):
 * who they are, which systems know them, and how active and interested they are. The sources
 * write what they know of a person, each in its own way.
 */
export interface Device {
  id: string;
  app: boolean;
  /** Whether the person ever logs in on it; the others stay anonymous visitors. */
  identified: boolean;
}

export interface Person {
  id: string;
  index: number;
  country: Country;
  givenName: string;
  familyName: string;
  birthDate: string;
  email: string;
  /** A second mailbox, for a second shop account. */
  otherEmail: string;
  phone: string;
  crmId?: string;
  loyaltyId?: string;
  shopAccounts: number;
  social?: { platform: string; handle: string };
  subscriber: boolean;
  devices: Device[];
  interests: Leaf[];
  /** How much this person does, relative to the average person (mean about 1, long tail). */
  activity: number;
  ids: IdBook;
}

export type Role = 'head' | 'partner' | 'child';

export interface Membership {
  role: Role;
  familyName: string;
  /** Family mailboxes make everyone in the household known to the CRM. */
  sharesFamilyEmail: boolean;
}

const platforms = ['instagram', 'x', 'tiktok', 'facebook', 'youtube'];
const domains = ['example.com', 'example.net', 'example.org'];

/** Letters only: names stripped of accents, so the digits that follow are the person's number. */
export const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '') || 'customer';

function birthDate(dice: Dice, role: Role): string {
  const [youngest, oldest] = role === 'child' ? [16, 24] : [24, 82];
  const born = new Date(window.end);
  born.setUTCFullYear(born.getUTCFullYear() - dice.int(youngest, oldest), dice.int(0, 11), dice.int(1, 28));
  return born.toISOString().slice(0, 10);
}

/** Unique by construction: every pattern ends in the person's number and names have no digits. */
function personalEmail(dice: Dice, given: string, family: string, index: number): string {
  const g = slug(given);
  const f = slug(family);
  const local = dice.pick([`${g}.${f}${index}`, `${g}${f.charAt(0)}${index}`, `${g.charAt(0)}.${f}${index}`, `${f}.${g}${index}`]);
  return `${local}@${dice.pick(domains)}`;
}

function devices(dice: Dice, shopper: boolean): Device[] {
  if (!shopper && dice.chance(0.35)) return [];
  const browsers = dice.chance(0.3) ? 2 : 1;
  const all = Array.from({ length: browsers }, () => ({ id: `ck-${dice.uuid()}`, app: false, identified: false }));
  if (dice.chance(0.4)) all.push({ id: `app-${dice.uuid()}`, app: true, identified: false });
  // Shoppers log in on their first device; any other device is logged into half the time.
  return all.map((device, i) => ({ ...device, identified: (shopper || dice.chance(0.3)) && (i === 0 || dice.chance(0.5)) }));
}

export function createPerson(dice: Dice, index: number, country: Country, membership: Membership): Person {
  const givenName = dice.faker.person.firstName(dice.faker.person.sexType());
  const { familyName } = membership;
  const ids = new IdBook(index);
  const shopAccounts = dice.chance(0.6) ? (dice.chance(0.1) ? 2 : 1) : 0;
  const person: Person = {
    id: `p-${String(index + 1).padStart(6, '0')}`,
    index,
    country,
    givenName,
    familyName,
    birthDate: birthDate(dice, membership.role),
    email: personalEmail(dice, givenName, familyName, index),
    otherEmail: `${slug(givenName)}${slug(familyName)}.${index}@${dice.pick(domains)}`,
    phone: mobileNumber(dice, country.code, index),
    crmId: dice.chance(membership.sharesFamilyEmail ? 0.95 : 0.6) ? ids.next('crmCustomerNo') : undefined,
    loyaltyId: dice.chance(0.35) ? ids.next('posCard') : undefined,
    shopAccounts,
    social: dice.chance(0.3)
      ? { platform: dice.pick(platforms), handle: `${slug(givenName)}${dice.pick(['', '_', '.'])}${slug(familyName).slice(0, 3)}${index}` }
      : undefined,
    subscriber: dice.chance(0.75),
    devices: devices(dice, shopAccounts > 0),
    interests: dice.faker.helpers.arrayElements(taxonomy, { min: 1, max: 3 }),
    activity: Math.min(5, 0.2 + 0.8 * -Math.log(1 - dice.faker.number.float())),
    ids,
  };
  // Everyone is known to at least one system; the web shop is where most people start.
  const known = person.crmId || person.loyaltyId || person.shopAccounts || person.social || person.subscriber;
  return known ? person : { ...person, shopAccounts: 1, devices: devices(dice, true) };
}
