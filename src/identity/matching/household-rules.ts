import { addressFields } from './compare-address.js';
import { compareBirthDates } from './compare-birth-dates.js';
import { compareNames } from './compare-names.js';
import type { PersonFeatures } from './person-features.js';
import { thresholds } from './thresholds.js';
import type { Evidence } from './weights.js';

/**
 * What a home, a surname, a landline or a family mailbox cannot prove. Family members and
 * flatmates share them, so however much they add up to, they never outweigh what is personal:
 *
 * - a given name (not a variant or initial of the other) that disagrees, or birth dates a
 *   generation apart, make the two different people, unless a national id agrees;
 * - with nothing personal in common (no given name, birth date or national id agreeing), the
 *   pair goes to review at most;
 * - moved house (a full name and birth date elsewhere) goes to review unless one more identifier
 *   agrees: a national id, an e-mail address or a phone number.
 */
export interface Limit {
  score: number;
  reason: string;
}

/** Scores kept below the review band (different people) and just below the merge threshold (review at most). */
export const limits = { differentPeople: thresholds.review / 2, reviewAtMost: (thresholds.review + thresholds.autoMerge) / 2 };

const personal = ['givenName', 'birthDate', 'nationalId'] as const;
const identifiers = ['nationalId', 'email', 'phone'] as const;

/**
 * `shared`: whether this pair's agreeing e-mail address or phone number is a household's (held by
 * people who differ, see `householdIdentifiers`): it then proves no one's identity, so it is no
 * "identifier in common" below.
 */
export function householdLimit(
  found: Evidence[],
  a: PersonalAttributes,
  b: PersonalAttributes,
  shared: (field: 'email' | 'phone') => boolean = () => false,
): Limit | undefined {
  const agrees = (fields: readonly string[]) =>
    found.some(
      (item) =>
        fields.includes(item.field) && item.weight > 0 && !((item.field === 'email' || item.field === 'phone') && shared(item.field)),
    );
  const different = personallyDifferent(a, b);
  if (different && !agrees(['nationalId']))
    return { score: limits.differentPeople, reason: `kept apart: ${different}, whatever else they share` };
  // Names read crossed put a given name in the other's family-name field: it still agrees.
  const crossedName = found.some((item) => item.field === 'nameOrder') && agrees(['givenName', 'familyName']);
  if (!agrees(personal) && !crossedName) return { score: limits.reviewAtMost, reason: 'review at most: nothing personal in common' };
  const address = found.find((item) => (addressFields as readonly string[]).includes(item.field));
  if (agrees(identifiers)) return undefined;
  if (address && address.weight <= 0)
    return { score: limits.reviewAtMost, reason: 'review at most: another address and no identifier in common (moved house?)' };
  // A father and son of one name share a home: only their birth dates tell them apart.
  const home = address && ['street', 'postcode'].includes(address.field) && address.weight > 0;
  if (home && !found.some((item) => item.field === 'birthDate'))
    return {
      score: limits.reviewAtMost,
      reason: 'review at most: one home, no birth date to compare and no identifier in common (a parent and child of one name?)',
    };
  return undefined;
}

/**
 * The e-mail addresses and phone numbers that people who differ hold (a family mailbox, a
 * landline): `holders` lists, for each value, what each of its holders (a record, a customer)
 * says of its person. Such a value links no one by itself; see `householdLimit` and resolve.ts.
 */
export function householdIdentifiers<K>(holders: Map<K, PersonalAttributes[][]>): Set<K> {
  const household = new Set<K>();
  for (const [value, people] of holders)
    if (people.some((x, i) => people.slice(i + 1).some((y) => unbridgedDifference(x, y) !== undefined))) household.add(value);
  return household;
}

/** `householdIdentifiers` over records, keyed as `householdKey` keys them. */
export function householdIdentifiersAmong(people: PersonFeatures[]): Set<string> {
  const holders = new Map<string, PersonalAttributes[][]>();
  for (const person of people)
    for (const field of ['email', 'phone'] as const) {
      const value = person[field];
      if (value) holders.set(householdKey(field, value), [...(holders.get(householdKey(field, value)) ?? []), [person]]);
    }
  return householdIdentifiers(holders);
}

export const householdKey = (field: 'email' | 'phone', value: string) => `${field}|${value.toLowerCase()}`;

/**
 * Whether some record of `left` and some of `right` both have a birth date, so that a generation
 * between them would show (`personallyDifferent`); a date mistyped on one side still compares.
 */
export function birthDatesCompare(left: PersonalAttributes[], right: PersonalAttributes[]): boolean {
  return left.some((a) => a.birthDate && right.some((b) => b.birthDate));
}

/** What says who a person is, as opposed to where and with whom they live. */
export type PersonalAttributes = Pick<PersonFeatures, 'givenName' | 'familyName' | 'birthDate'>;

/**
 * Whether two records are of different people by their personal attributes: given names that
 * are not the same, a variant, an initial, a typo or a scramble of one another, or birth dates a
 * generation apart that are not one date mistyped (a digit, day and month swapped). Used to
 * refuse links through identifiers a household shares (a family mailbox, a landline). Missing
 * values prove nothing.
 */
export function personallyDifferent(a: PersonalAttributes, b: PersonalAttributes): string | undefined {
  return personalDifference(a, b)?.reason;
}

type PersonalField = 'givenName' | 'birthDate';

/**
 * How the given names compare. Read crossed (one record's names swapped), the pair that
 * disagrees is taken for the given names: the one that agrees is the surname a family shares.
 */
function givenNames(a: PersonalAttributes, b: PersonalAttributes) {
  const found = compareNames({ key: '', ...a }, { key: '', ...b });
  const crossed = found.some((item) => item.field === 'nameOrder');
  return (crossed && found.find((item) => item.level === 'different')) || found.find((item) => item.field === 'givenName');
}

function personalDifference(a: PersonalAttributes, b: PersonalAttributes): { field: PersonalField; reason: string } | undefined {
  const name = givenNames(a, b);
  if (name?.level === 'different') return { field: 'givenName', reason: name.reason };
  // Across records, only a generation apart: one person's records carry mistyped dates often enough.
  const dates = compareBirthDates(a.birthDate, b.birthDate);
  if (dates?.level !== 'different') return undefined;
  if (Math.abs(Date.parse(a.birthDate!) - Date.parse(b.birthDate!)) >= generation)
    return { field: 'birthDate', reason: `birth dates a generation apart (${a.birthDate} / ${b.birthDate})` };
  // Years apart and names only alike (Nola and Nicola): siblings, not one person's slips.
  if (name && !['same', 'variant'].includes(name.level))
    return {
      field: 'birthDate',
      reason: `birth dates years apart and given names only alike (${name.reason}; ${a.birthDate} / ${b.birthDate})`,
    };
  return undefined;
}

const generation = 12 * 365.25 * 86_400_000;

function agreeOn(field: PersonalField, a: PersonalAttributes, b: PersonalAttributes): boolean {
  const found = field === 'givenName' ? givenNames(a, b) : compareBirthDates(a.birthDate, b.birthDate);
  return (found?.weight ?? 0) > 0;
}

/**
 * Whether a fuzzy merge would put two personally different people into one customer: some
 * record on one side disagrees with some record on the other (a son's record without a birth
 * date matching his father). A pair joined through a national id is exempt: one person's records
 * do carry a wrong birth date now and then. So is a disagreement that a third record bridges:
 * 'J cob' and 'bacJ' disagree, but both are slips of the 'Jacob' beside them; twins' names or a
 * father's and son's birth dates have no value between them. The merge goes to review instead.
 */
export function clustersConflict(left: PersonalAttributes[], right: PersonalAttributes[], pair: { reasons: string[] }): boolean {
  if (pair.reasons.some((reason) => reason.includes('national id') && !reason.startsWith('different'))) return false;
  return unbridgedDifference(left, right) !== undefined;
}

/**
 * Why some record of `left` and some record of `right` are different people, when no third
 * record of either side agrees with both on what they disagree about; undefined otherwise.
 */
export function unbridgedDifference(left: PersonalAttributes[], right: PersonalAttributes[]): string | undefined {
  const everyone = [...left, ...right];
  for (const a of left) {
    for (const b of right) {
      const difference = personalDifference(a, b);
      if (
        difference &&
        !everyone.some((third) => third !== a && third !== b && agreeOn(difference.field, third, a) && agreeOn(difference.field, third, b))
      )
        return difference.reason;
    }
  }
  return undefined;
}

/**
 * Merges that would give one customer to either of two personally different people (a record
 * of a son without a birth date matching both him and his father): a machine cannot choose, so
 * all of that customer's merges go to review. `a` and `b` name customers (or clusters).
 */
export function ambiguousMerges<P extends { a: string; b: string }>(
  merges: P[],
  attributesOf: (id: string) => PersonalAttributes[],
): Set<P> {
  const partners = new Map<string, Set<string>>();
  for (const { a, b } of merges) {
    partners.set(a, (partners.get(a) ?? new Set()).add(b));
    partners.set(b, (partners.get(b) ?? new Set()).add(a));
  }
  const torn = new Set<string>();
  for (const [id, others] of partners) {
    // A partner that differs from the customer itself is no candidate: the join is refused anyway.
    const list = [...others].filter((other) => !clustersConflict(attributesOf(id), attributesOf(other), { reasons: [] }));
    if (list.some((x, i) => list.slice(i + 1).some((y) => clustersConflict(attributesOf(x), attributesOf(y), { reasons: [] }))))
      torn.add(id);
  }
  return new Set(merges.filter((pair) => torn.has(pair.a) || torn.has(pair.b)));
}
