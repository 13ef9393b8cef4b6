import { day, instantBetween, shortlyAfter, window, writeTime } from '../calendar.js';
import { withDefects } from '../defects.js';
import { emailVariant } from '../dirt.js';
import { draft, type Draft, type PersonContext } from '../drafts.js';
import type { Dice } from '../randomness.js';
import { campaign } from '../talk.js';

/**
 * The email marketing platform: subscribers are mailboxes, not people. A household's family
 * mailbox is subscribed by its head; the others subscribe with their own. Consents are granted
 * and sometimes withdrawn; opens and clicks happen only while consent to email marketing holds.
 */
interface Consent {
  purpose: string;
  granted: number;
  withdrawn?: number;
}

function consents(dice: Dice, since: number): Consent[] {
  const granted = instantBetween(dice, since, since + 30 * day);
  const marketing: Consent = {
    purpose: 'EMAIL_MARKETING',
    granted,
    withdrawn: dice.chance(0.2) ? instantBetween(dice, granted + 30 * day) : undefined,
  };
  const others = (
    [
      ['PROFILING', 0.3],
      ['SMS_MARKETING', 0.15],
      ['THIRD_PARTY_SHARING', 0.1],
    ] as const
  )
    .filter(([, share]) => dice.chance(share))
    .map(([purpose]) => ({ purpose, granted: instantBetween(dice, granted) }));
  return [marketing, ...others];
}

export function emailRecords({ person, household, journey, dice }: PersonContext): Draft[] {
  if (!person.subscriber) return [];
  const mailbox = household.familyEmail && household.members[0] === person ? household.familyEmail : person.email;
  const written = () => (dice.chance(0.1) ? emailVariant(dice, mailbox) : mailbox);
  const consent = (purpose: string, status: string, at: number) =>
    draft('email', 'consent', person.id, {
      sourceId: person.ids.next('emailConsent'),
      email: written(),
      purpose,
      status,
      at: writeTime.isoUtc(at),
    });
  const event = (type: string, name: string, at: number) =>
    draft('email', 'touchpoint', person.id, {
      sourceId: person.ids.next('emailEvent'),
      email: written(),
      type,
      campaign: name,
      at: writeTime.isoUtc(at),
    });

  const given = consents(dice, journey.since);
  const marketing = given[0]!;
  const opens = Array.from({ length: dice.count(9 * person.activity) }, () => {
    const at = instantBetween(dice, marketing.granted, marketing.withdrawn ?? window.end);
    const name = campaign(at, dice.pick(dice.pick(person.interests).topics));
    return [event('EMAIL_OPEN', name, at), ...(dice.chance(0.3) ? [event('EMAIL_CLICK', name, shortlyAfter(dice, at))] : [])];
  });
  const drafts = [
    ...given.flatMap((c) => [
      consent(c.purpose, 'GRANTED', c.granted),
      ...(c.withdrawn ? [consent(c.purpose, 'WITHDRAWN', c.withdrawn)] : []),
    ]),
    ...opens.flat(),
  ];
  return withDefects(dice, drafts, { format: 'csv', newId: (d) => person.ids.next(d.kind === 'consent' ? 'emailConsent' : 'emailEvent') });
}
