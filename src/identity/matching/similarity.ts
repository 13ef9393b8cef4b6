import jaroWinkler from 'jaro-winkler';

/**
 * String similarity for values typed by people. Everything but letters and digits is dropped
 * first: FEBRL-style duplicates insert and delete spaces ("soph ie", "blameycrescent"), and a
 * space, hyphen or accent is not evidence that two records are different people.
 */
export function letters(value: string): string {
  // Most values are plain ASCII; Unicode folding is several times slower and changes nothing there.
  if (/^[\x20-\x7e]*$/.test(value)) return value.toLowerCase().replace(/[^a-z0-9]/g, '');
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Jaro-Winkler on the letters: rewards a shared beginning, which suits names. 1 = same. */
export function nameSimilarity(a: string, b: string): number {
  return jaroWinkler(letters(a), letters(b));
}

/**
 * Edit distance counting an adjacent swap as one edit (optimal string alignment): "8871067" and
 * "8870167" are one slip of the fingers apart, where plain Levenshtein says two.
 */
export function typoDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

function bigrams(value: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < value.length; i++) {
    const gram = value.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Dice coefficient of letter pairs: insensitive to the order of the parts, so an address whose
 * two lines were swapped, or whose house number changed, still scores high. 1 = same letters.
 */
export function bigramSimilarity(a: string, b: string): number {
  const [left, right] = [letters(a), letters(b)];
  if (left.length < 2 || right.length < 2) return Number(left === right);
  const rightGrams = bigrams(right);
  let shared = 0;
  for (const [gram, count] of bigrams(left)) shared += Math.min(count, rightGrams.get(gram) ?? 0);
  return (2 * shared) / (left.length + right.length - 2);
}

/**
 * Whether the shorter value is the longer one's letters in another order, with at most one
 * dropped: 'lmeAi' of 'Amelia', 'Blotn' of 'Bolton'; not 'Camron' of 'Morgan' (no 'g'), nor
 * 'Reid' of 'Darien' (two dropped).
 */
export function isScrambleOf(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < 3 || longer.length - shorter.length > 1) return false;
  const unmatched = new Map<string, number>();
  for (const letter of longer) unmatched.set(letter, (unmatched.get(letter) ?? 0) + 1);
  for (const letter of shorter) {
    const left = unmatched.get(letter) ?? 0;
    if (left === 0) return false;
    unmatched.set(letter, left - 1);
  }
  return true;
}

/**
 * A slip that Jaro-Winkler misses on short or shuffled values: one letter added, dropped,
 * changed or swapped ('Kai' / 'Kia', 'Amy' / 'Ay'), or a scramble ('lmeAi' / 'Amelia'). Says
 * which, or nothing.
 */
export function slipOf(a: string, b: string): 'one letter off' | 'the same letters out of order' | undefined {
  const [left, right] = [letters(a), letters(b)];
  if (Math.min(left.length, right.length) >= 3 && typoDistance(left, right) === 1) return 'one letter off';
  return isScrambleOf(left, right) ? 'the same letters out of order' : undefined;
}
