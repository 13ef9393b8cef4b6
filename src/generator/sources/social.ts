import { day, instantBetween, writeTime } from '../calendar.js';
import type { Product } from '../catalog.js';
import { withDefects } from '../defects.js';
import { emailVariant, recase } from '../dirt.js';
import { draft, type Draft, type PersonContext } from '../drafts.js';
import { likedProduct } from '../journey.js';
import type { Person } from '../people.js';
import type { Dice } from '../randomness.js';
import { mention, post, review, type Said } from '../talk.js';

/**
 * Social listening: public profiles (a handle, a display name that is not always a full name,
 * rarely an email) and what people post: reviews after buying, mentions of products they
 * consider, posts on their topics, follows of brands. Times are local with an offset.
 */
function handle(dice: Dice, social: NonNullable<Person['social']>): string {
  const written = dice.chance(0.2) ? `@${social.handle}` : social.handle;
  const platform = dice.chance(0.2) ? recase(dice, social.platform) : social.platform;
  return `${platform}:${dice.chance(0.1) ? written.toUpperCase() : written}`;
}

/** Profiles show a display name; the listening tool splits it into names where it can. */
function names(dice: Dice, person: Person): { displayName: string; givenName?: string; familyName?: string } {
  const { givenName, familyName } = person;
  return dice.weighted([
    [{ displayName: `${givenName} ${familyName}`, givenName, familyName }, 6],
    [{ displayName: `${givenName} ${familyName.charAt(0)}.`, givenName }, 3],
    [{ displayName: person.social!.handle }, 1],
  ] as const);
}

function profile({ person, dice }: PersonContext, social: NonNullable<Person['social']>, sourceId: string): Draft {
  const { displayName, ...split } = names(dice, person);
  return draft(
    'social',
    'customer',
    person.id,
    {
      sourceId,
      socialHandle: `${social.platform}:${social.handle}`,
      ...split,
      email: dice.chance(0.25) ? emailVariant(dice, person.email) : undefined,
    },
    { displayName, followers: dice.int(0, 5000) },
  );
}

function signal(
  ctx: PersonContext,
  profileId: string,
  type: string,
  at: number,
  about: { said?: Said; skus?: string[]; topics: string[] },
): Draft {
  const { person, dice } = ctx;
  const social = person.social!;
  const byProfile = dice.chance(0.15);
  return draft('social', 'socialSignal', person.id, {
    sourceId: person.ids.next('socialPost'),
    socialHandle: byProfile ? undefined : handle(dice, social),
    customerSourceId: byProfile ? profileId : undefined,
    type,
    platform: social.platform,
    text: about.said?.text,
    sentiment: about.said?.sentiment,
    at: writeTime.withOffset(at, person.country.utcOffset),
    skus: about.skus,
    topics: about.topics,
  });
}

const aboutProduct = (said: Said, product: Product) => ({ said, skus: [product.sku], topics: product.topics });

export function socialRecords(ctx: PersonContext): Draft[] {
  const { person, journey, dice, catalog } = ctx;
  if (!person.social) return [];
  const profileId = person.ids.next('socialProfile');
  const reviews = journey.purchases
    .filter(() => dice.chance(0.3))
    .map((p) => {
      const product = p.lines[0]!.product;
      return signal(
        ctx,
        profileId,
        'REVIEW',
        instantBetween(dice, p.at + 3 * day, p.at + 30 * day),
        aboutProduct(review(dice, product), product),
      );
    });
  const mentions = Array.from({ length: dice.count(2 * person.activity) }, () => {
    const product = likedProduct(dice, person, catalog);
    return signal(ctx, profileId, 'MENTION', instantBetween(dice, journey.since), aboutProduct(mention(dice, product), product));
  });
  const posts = Array.from({ length: dice.count(2 * person.activity) }, () => {
    const topic = dice.pick(dice.pick(person.interests).topics);
    return signal(ctx, profileId, 'POST', instantBetween(dice, journey.since), { said: post(dice, topic), topics: [topic] });
  });
  const follows = dice.faker.helpers
    .arrayElements(
      person.interests.flatMap((leaf) => leaf.brands),
      { min: 0, max: 2 },
    )
    .map((brand) => signal(ctx, profileId, 'FOLLOW', instantBetween(dice, journey.since), { topics: [brand.toLowerCase()] }));
  return withDefects(dice, [profile(ctx, person.social, profileId), ...reviews, ...mentions, ...posts, ...follows], {
    format: 'ndjson',
    newId: (d) => person.ids.next(d.kind === 'customer' ? 'socialProfile' : 'socialPost'),
    unknownCustomer: () => person.ids.unknown('socialProfile'),
  });
}
