import type { PersonFeatures } from './person-features.js';
import { letters, nameSimilarity } from './similarity.js';
import { commonerShare, type ValueShare } from './value-shares.js';
import { evidence, type Evidence } from './weights.js';

type NameField = 'givenName' | 'familyName';
const label: Record<NameField, string> = { givenName: 'given name', familyName: 'family name' };

/** Jaro-Winkler above these is a typo of the same name, then a plausible variant. */
export const nameLevels = { close: 0.92, similar: 0.85 };

function compareName(field: NameField, a: string | undefined, b: string | undefined, shares?: ValueShare, bField: NameField = field): Evidence | undefined {
  if (!a || !b) return undefined;
  const crossed = bField !== field;
  const share = commonerShare(shares, field, a, b, bField);
  const right = crossed ? `${label[bField]} '${b}'` : `'${b}'`;
  if (letters(a) === letters(b)) return evidence(field, 'same', crossed ? `${label[field]} '${a}' = ${right}` : `same ${label[field]} '${a}'`, share);
  const similarity = nameSimilarity(a, b);
  const shown = `${label[field]} '${a}' ~ ${right} (${similarity.toFixed(2)})`;
  if (similarity >= nameLevels.close) return evidence(field, 'close', shown, share);
  if (similarity >= nameLevels.similar) return evidence(field, 'similar', shown, share);
  return evidence(field, 'different', `different ${label[field]}s '${a}' / ${right}`);
}

const total = (found: Evidence[]) => found.reduce((sum, item) => sum + item.weight, 0);
const present = (found: Array<Evidence | undefined>) => found.filter((item): item is Evidence => item !== undefined);

/**
 * Given and family names, compared straight and crossed: sources and people swap the two. The
 * crossed reading wins only when a crossed name agrees and the whole is better even after the
 * `nameOrder` penalty; otherwise crossing would only hide a disagreement behind a missing name.
 */
export function compareNames(a: PersonFeatures, b: PersonFeatures, shares?: ValueShare): Evidence[] {
  const straight = present([compareName('givenName', a.givenName, b.givenName, shares), compareName('familyName', a.familyName, b.familyName, shares)]);
  const crossed = present([
    compareName('givenName', a.givenName, b.familyName, shares, 'familyName'),
    compareName('familyName', a.familyName, b.givenName, shares, 'givenName'),
  ]);
  if (!crossed.some((item) => item.weight > 0)) return straight;
  const swapped = [...crossed, evidence('nameOrder', 'swapped', 'given and family names swapped')];
  return total(swapped) > total(straight) ? swapped : straight;
}
