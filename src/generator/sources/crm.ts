import { day, instantBetween, window, writeTime } from '../calendar.js';
import { withDefects } from '../defects.js';
import { emailVariant, recase, writeName, type Sloppiness } from '../dirt.js';
import { draft, type Draft, type PersonContext } from '../drafts.js';
import type { Journey } from '../journey.js';
import { writePhone } from '../phones.js';
import { placeholderEmails } from '../placeholders.js';
import { supportIssue, surveyAnswer } from '../talk.js';

/**
 * The CRM: contacts entered by sales and service staff, fairly clean (it is the most trusted
 * source), with a customer number each. Members of a household with a family mailbox all carry
 * it. Its cases are the call centre's and service mailbox's support contacts and survey answers.
 */
const sloppiness: Sloppiness = { typo: 0.04, recase: 0.15, respace: 0.05, swap: 0.02, missing: 0.02 };

function lifecycleStage(journey: Journey, subscriber: boolean): string {
  const last = journey.purchases.at(-1);
  if (!last) return subscriber ? 'prospect' : 'lead';
  return last.at < window.end - 365 * day ? 'lapsed' : 'customer';
}

function contact({ person, household, journey, dice, regions }: PersonContext, crmId: string): Draft {
  const { address, country, familyEmail } = household;
  const email = familyEmail ?? person.email;
  return draft('crm', 'customer', person.id, {
    sourceId: person.ids.next('crmContact'),
    crmId,
    ...writeName(dice, person.givenName, person.familyName, sloppiness),
    birthDate: dice.chance(0.1) ? undefined : dice.chance(0.2) ? person.birthDate.replaceAll('-', '') : person.birthDate,
    street: address.street,
    city: dice.chance(0.1) ? recase(dice, address.city) : address.city,
    postcode: dice.chance(0.01) ? 'n/a' : address.postcode,
    region: address.region,
    country: dice.pick([country.name, country.code]),
    email: dice.chance(0.01) ? dice.pick(placeholderEmails) : dice.chance(0.1) ? emailVariant(dice, email) : email,
    // The CRM's form takes national numbers for its home region, international ones otherwise.
    phone: dice.chance(0.15) ? undefined : writePhone(person.phone, 'national', regions.crm),
    lifecycleStage: lifecycleStage(journey, person.subscriber),
    updatedAt: writeTime.spaced(instantBetween(dice, journey.since)),
  });
}

function caseRecord({ person, dice }: PersonContext, at: number, what: Record<string, string | undefined>): Draft {
  const byCustomerNo = person.crmId !== undefined && dice.chance(0.85);
  return draft('crm', 'touchpoint', person.id, {
    sourceId: person.ids.next('crmCase'),
    crmId: byCustomerNo ? person.crmId : undefined,
    email: byCustomerNo ? undefined : person.email,
    channel: dice.chance(0.6) ? 'CALL_CENTRE' : 'EMAIL',
    at: writeTime.spaced(at),
    ...what,
  });
}

function cases(ctx: PersonContext): Draft[] {
  const { dice, journey, person } = ctx;
  const afterPurchases = journey.purchases.flatMap((purchase) => {
    const product = purchase.lines[0]!.product;
    const support = dice.chance(0.12) ? [supportIssue(dice, product)] : [];
    const survey = dice.chance(0.15) ? [surveyAnswer(dice)] : [];
    return [
      ...support.map(({ comment, resolved }) =>
        caseRecord(ctx, instantBetween(dice, purchase.at + day, purchase.at + 20 * day), {
          type: 'SUPPORT_CONTACT',
          sku: product.sku,
          comment,
          resolved: dice.pick(resolved ? ['Y', 'yes'] : ['N', 'no']),
        }),
      ),
      ...survey.map(({ score, comment }) =>
        caseRecord(ctx, instantBetween(dice, purchase.at + 2 * day, purchase.at + 10 * day), {
          type: 'SURVEY_ANSWER',
          score: String(score),
          comment,
        }),
      ),
    ];
  });
  const other = Array.from({ length: dice.count(0.3 * person.activity) }, () => {
    const { comment, resolved } = supportIssue(dice, undefined);
    return caseRecord(ctx, instantBetween(dice, journey.since), { type: 'SUPPORT_CONTACT', comment, resolved: resolved ? 'Y' : 'N' });
  });
  return [...afterPurchases, ...other];
}

export function crmRecords(ctx: PersonContext): Draft[] {
  const { person, dice } = ctx;
  const contacts = person.crmId ? [contact(ctx, person.crmId)] : [];
  return withDefects(dice, [...contacts, ...cases(ctx)], {
    format: 'csv',
    newId: (d) => person.ids.next(d.kind === 'customer' ? 'crmContact' : 'crmCase'),
  });
}
