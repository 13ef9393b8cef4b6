export interface PairwiseQuality {
  precision: number;
  recall: number;
  f1: number;
  /** Pairs of records of one person (by the truth). */
  truePairs: number;
  /** Pairs of records put in one cluster. */
  predictedPairs: number;
  /** Pairs both of one person and in one cluster. */
  correctPairs: number;
}

const pairsIn = (size: number) => (size * (size - 1)) / 2;

function sizes(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

const sumOfPairs = (counts: Map<string, number>) => [...counts.values()].reduce((sum, size) => sum + pairsIn(size), 0);

/**
 * Pairwise precision and recall of a clustering against the truth, over the records of `truth`
 * (a record missing from `predicted` is alone). Counted from cluster sizes and the sizes of
 * cluster-person intersections, never pair by pair. With no pair to judge, the ratio is 1.
 */
export function pairwiseQuality(predicted: Map<string, string>, truth: Map<string, string>): PairwiseQuality {
  const clusterOf = (record: string) => predicted.get(record) ?? `\0alone:${record}`;
  const truePairs = sumOfPairs(sizes(truth.values()));
  const predictedPairs = sumOfPairs(sizes([...truth.keys()].map(clusterOf)));
  const correctPairs = sumOfPairs(sizes([...truth].map(([record, person]) => JSON.stringify([clusterOf(record), person]))));
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs, predictedPairs, correctPairs };
}
