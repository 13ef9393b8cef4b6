// name: identity/review-queue-count
// mode: read
// param $minScore: lowest score kept (0 for all)
// param $maxScore: highest score kept (1 for all)
// param $source: only pairs where either customer has a record of this source, or null
// How many pairs of the review queue match the filters of identity/review-queue.
MATCH (a:Customer)-[match:POSSIBLE_MATCH]->(b:Customer)
WHERE match.score >= $minScore AND match.score <= $maxScore
  AND ($source IS NULL OR EXISTS { MATCH (r:SourceRecord {source: $source})-[:ABOUT]->(c:Customer) WHERE c = a OR c = b })
RETURN count(match) AS total
