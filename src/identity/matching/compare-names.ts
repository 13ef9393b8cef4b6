import type { PersonFeatures } from './person-features.js';
import { areNameVariants, isInitialOf } from './name-variants.js';
import { isKnownGivenName } from './given-names.js';
import { letters, nameSimilarity, slipOf } from './similarity.js';
import { commonerShare, type ValueShare } from './value-shares.js';
import { evidence, type Evidence } from './weights.js';

type NameField = 'givenName' | 'familyName';
const label: Record<NameField, string> = { givenName: 'given name', familyName: 'family name' };

/** Jaro-Winkler above these is a typo of the same name, then a plausible variant. */
export const nameLevels = { close: 0.92, similar: 0.85 };

/**
 * A slip of the keyboard (`slipOf`) that made a name Jaro-Winkler does not recognise. Two real
 * given names of the same letters (Leon and Noel, Edna and Dean) are two names.
 */
function slip(field: NameField, a: string, b: string): string | undefined {
  const how = slipOf(a, b);
  if (how === 'the same letters out of order' && field === 'givenName' && isKnownGivenName(a) && isKnownGivenName(b)) return undefined;
  return how;
}

function compareName(
  field: NameField,
  a: string | undefined,
  b: string | undefined,
  shares?: ValueShare,
  bField: NameField = field,
): Evidence | undefined {
  if (!a || !b) return undefined;
  // Read crossed, a value is what it stands for on the other side: the evidence is about b's field.
  if (bField !== field) return relabel(compareName(bField, a, b, shares), field, a, b, bField);
  const share = commonerShare(shares, field, a, b);
  const right = `'${b}'`;
  if (letters(a) === letters(b)) return evidence(field, 'same', `same ${label[field]} '${a}'`, share);
  if (field === 'givenName') {
    if (areNameVariants(a, b)) return evidence('givenName', 'variant', `given name '${a}' is a variant of '${b}'`, share);
    const [short, full] = isInitialOf(a, b) ? [a, b] : [b, a];
    if (isInitialOf(short, full)) return evidence('givenName', 'initial', `given name '${short}' is the initial of '${full}'`);
  }
  const similarity = nameSimilarity(a, b);
  const shown = `${label[field]} '${a}' ~ ${right} (${similarity.toFixed(2)})`;
  if (similarity >= nameLevels.close) return evidence(field, 'close', shown, share);
  if (similarity >= nameLevels.similar) return evidence(field, 'similar', shown, share);
  const how = slip(field, a, b);
  if (how) return evidence(field, 'similar', `${label[field]} '${a}' ~ ${right} (${how})`, share);
  return evidence(field, 'different', `different ${label[field]}s '${a}' / ${right}`);
}

/** A crossed comparison, told in words that say which of each record's fields met. */
function relabel(found: Evidence | undefined, field: NameField, a: string, b: string, bField: NameField): Evidence | undefined {
  if (!found) return undefined;
  const how = found.level === 'same' ? '=' : found.level === 'different' ? '/' : '~';
  return { ...found, reason: `${label[field]} '${a}' ${how} ${label[bField]} '${b}'` };
}

const total = (found: Evidence[]) => found.reduce((sum, item) => sum + item.weight, 0);
const present = (found: Array<Evidence | undefined>) => found.filter((item): item is Evidence => item !== undefined);

/**
 * Given and family names, compared straight and crossed: sources and people swap the two. The
 * crossed reading wins only when a crossed name agrees and the whole is better even after the
 * `nameOrder` penalty; otherwise crossing would only hide a disagreement behind a missing name.
 */
export function compareNames(a: PersonFeatures, b: PersonFeatures, shares?: ValueShare): Evidence[] {
  const straight = present([
    compareName('givenName', a.givenName, b.givenName, shares),
    compareName('familyName', a.familyName, b.familyName, shares),
  ]);
  const crossed = present([
    compareName('givenName', a.givenName, b.familyName, shares, 'familyName'),
    compareName('familyName', a.familyName, b.givenName, shares, 'givenName'),
  ]);
  if (!crossed.some((item) => item.weight > 0)) return straight;
  const swapped = [...crossed, evidence('nameOrder', 'swapped', 'given and family names swapped')];
  return total(swapped) > total(straight) ? swapped : straight;
}
