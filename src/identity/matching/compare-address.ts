import type { PersonFeatures } from './person-features.js';
import { bigramSimilarity, letters, nameSimilarity, slipOf, typoDistance } from './similarity.js';
import { commonerShare, type ValueShare } from './value-shares.js';
import { evidence, type Evidence } from './weights.js';

/** Letter-pair similarity above these: the same street with typos, then with a changed part. */
export const streetLevels = { close: 0.8, similar: 0.6 };
/** Jaro-Winkler above this: the same city with a typo. */
export const cityLevel = 0.9;

function compareStreet(a: string, b: string): Evidence {
  if (letters(a) === letters(b)) return evidence('street', 'same', 'same street');
  const similarity = bigramSimilarity(a, b);
  const shown = `street '${a}' ~ '${b}' (${similarity.toFixed(2)})`;
  if (similarity >= streetLevels.close) return evidence('street', 'close', shown);
  if (similarity >= streetLevels.similar) return evidence('street', 'similar', shown);
  return evidence('street', 'different', `different streets '${a}' / '${b}'`);
}

function compareCity(a: string, b: string, share: number): Evidence {
  if (letters(a) === letters(b)) return evidence('city', 'same', `same city '${a}'`, share);
  const similarity = nameSimilarity(a, b);
  if (similarity >= cityLevel) return evidence('city', 'close', `city '${a}' ~ '${b}' (${similarity.toFixed(2)})`, share);
  const slip = slipOf(a, b);
  if (slip) return evidence('city', 'close', `city '${a}' ~ '${b}' (${slip})`, share);
  return evidence('city', 'different', `different cities '${a}' / '${b}'`);
}

function comparePostcode(a: string, b: string, share: number): Evidence {
  if (a === b) return evidence('postcode', 'same', `same postcode ${a}`, share);
  if (typoDistance(a, b) === 1) return evidence('postcode', 'oneDigit', `postcodes differ by one character (${a} / ${b})`, share);
  return evidence('postcode', 'different', `different postcodes ${a} / ${b}`);
}

function compareRegion(a: string, b: string): Evidence {
  if (letters(a) === letters(b)) return evidence('region', 'same', `same region '${a}'`);
  return evidence('region', 'different', `different regions '${a}' / '${b}'`);
}

export const addressFields = ['street', 'city', 'postcode', 'region'] as const;

/**
 * Street, city, postcode and region compared where both records have them, counted as one piece
 * of evidence: the strongest agreement among them, or when none agrees the strongest
 * disagreement. Each part alone says "lives there"; adding them up would make a shared home
 * (a household, flatmates) outweigh everything personal, as it did when each part counted.
 */
export function compareAddress(a: PersonFeatures, b: PersonFeatures, shares?: ValueShare): Evidence[] {
  const found: Evidence[] = [];
  if (a.street && b.street) found.push(compareStreet(a.street, b.street));
  if (a.city && b.city) found.push(compareCity(a.city, b.city, commonerShare(shares, 'city', a.city, b.city)));
  if (a.postcode && b.postcode)
    found.push(comparePostcode(a.postcode, b.postcode, commonerShare(shares, 'postcode', a.postcode, b.postcode)));
  if (a.region && b.region) found.push(compareRegion(a.region, b.region));
  if (!found.length) return [];
  // A shared region alone is not "lives there": a move within a county or state is still a move.
  const agreeing = found.filter((item) => item.weight > 0 && item.field !== 'region');
  const pick = agreeing.length ? agreeing : found;
  const strongest = pick.reduce((best, item) => (Math.abs(item.weight) > Math.abs(best.weight) ? item : best));
  return [strongest];
}
