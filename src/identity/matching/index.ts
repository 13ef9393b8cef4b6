/** The fuzzy half of identity resolution: pure functions, no graph access. */
export type { PersonFeatures } from './person-features.js';
export { blockingKeys, blockPeople, maxBlockSize } from './blocking.js';
export { scorePair, type PairScore } from './score-pair.js';
export { thresholds, decide, type Decision } from './thresholds.js';
export { candidatePairs, type CandidatePair, type CandidateOptions } from './candidate-pairs.js';
export { clusters } from './clusters.js';
export { valueShares, type ValueShare } from './value-shares.js';
export { resolvePeople, type Resolution } from './resolution.js';
export { pairwiseQuality, type PairwiseQuality } from './pairwise-quality.js';
