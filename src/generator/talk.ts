import type { Product } from './catalog.js';
import { misspell } from './dirt.js';
import type { Dice } from './randomness.js';
import type { Leaf } from './taxonomy.js';

/**
 * What people say and type: social posts that really are about a product or topic (so signals
 * can be linked to what they mention), site searches, support comments and survey answers.
 * A sentiment comes with the tone of the words it goes with.
 */
export interface Said {
  text: string;
  sentiment: number;
}

type Tone = 'positive' | 'neutral' | 'negative';
const toneRange: Record<Tone, [number, number]> = { positive: [45, 95], neutral: [-15, 25], negative: [-90, -40] };

function sentiment(dice: Dice, tone: Tone): number {
  const [low, high] = toneRange[tone];
  return dice.int(low, high) / 100;
}

const reviews: Record<Tone, ((p: Product) => string)[]> = {
  positive: [
    (p) => `Really happy with my ${p.name}. Five stars from me.`,
    (p) => `The ${p.name} is worth every penny, ${p.brand} got this one right.`,
    (p) => `Two weeks with the ${p.name} and I love it. Great for ${p.topics[0]}.`,
  ],
  neutral: [
    (p) => `The ${p.name} does the job. Nothing special, nothing wrong.`,
    (p) => `${p.name}: fine for the price, but I expected a bit more from ${p.brand}.`,
  ],
  negative: [
    (p) => `My ${p.name} stopped working after a month. Not impressed, ${p.brand}.`,
    (p) => `Returned the ${p.name}. Poor quality for ${p.topics[0]}.`,
  ],
};

export function review(dice: Dice, product: Product): Said {
  const tone = dice.weighted([
    ['positive', 6],
    ['neutral', 2],
    ['negative', 2],
  ] as const);
  return { text: dice.pick(reviews[tone])(product), sentiment: sentiment(dice, tone) };
}

export function mention(dice: Dice, product: Product): Said {
  const text = dice.pick([
    `Thinking about getting the ${product.name}. Anyone tried it?`,
    `Has anyone compared the ${product.name} with other ${product.leaf.path[2].toLowerCase()}?`,
    `Saw the ${product.name} in store today, looks great for ${product.topics[0]}.`,
    `${product.brand} just released the ${product.name} and I want one.`,
  ]);
  return { text, sentiment: sentiment(dice, text.includes('want') || text.includes('great') ? 'positive' : 'neutral') };
}

export function post(dice: Dice, topic: string): Said {
  const tone = dice.weighted([
    ['positive', 6],
    ['neutral', 3],
    ['negative', 1],
  ] as const);
  const text = {
    positive: [`Spent the whole weekend on ${topic} and loved every minute.`, `Getting really into ${topic} lately. Any tips?`],
    neutral: [`Where do you all go for advice on ${topic}?`, `Reading up on ${topic} before I buy anything.`],
    negative: [`Why is everything about ${topic} so expensive these days?`],
  }[tone];
  return { text: dice.pick(text), sentiment: sentiment(dice, tone) };
}

/** What someone types into the shop's search box: a product type or topic, sometimes misspelt. */
export function searchTerm(dice: Dice, leaf: Leaf): { searchTerm: string; topic: string } {
  const topic = dice.pick(leaf.topics);
  const words = dice.pick([leaf.noun, topic, `${dice.pick(leaf.brands).toLowerCase()} ${leaf.noun}`, `best ${leaf.noun}`]);
  return { searchTerm: dice.chance(0.15) ? misspell(dice, words) : words, topic };
}

export function supportIssue(dice: Dice, product: Product | undefined): { comment: string; resolved: boolean } {
  const about = product
    ? [
        `Delivery of the ${product.name} was late`,
        `The ${product.name} stopped working`,
        `Wants to return the ${product.name}`,
        `Missing part for the ${product.name}`,
      ]
    : ['Cannot log in to the web shop', 'Question about an invoice', 'Asked to update the delivery address'];
  return { comment: dice.pick(about), resolved: dice.chance(0.75) };
}

export function surveyAnswer(dice: Dice): { score: number; comment?: string } {
  const score = dice.weighted([
    [10, 20],
    [9, 20],
    [8, 18],
    [7, 12],
    [6, 8],
    [5, 6],
    [4, 4],
    [3, 4],
    [2, 3],
    [1, 2],
    [0, 3],
  ] as const);
  const comments =
    score >= 9
      ? ['Great service, fast delivery', 'Very helpful staff']
      : score >= 7
        ? ['Good, but delivery took a while', 'Fine overall']
        : ['Nobody called me back', 'Too slow, will not order again'];
  return { score, comment: dice.chance(0.7) ? dice.pick(comments) : undefined };
}

/** Campaign names like "2024-05-coffee": a month and what it was about. */
export function campaign(at: number, topic: string): string {
  return `${new Date(at).toISOString().slice(0, 7)}-${topic.replace(/\s+/g, '-')}`;
}
