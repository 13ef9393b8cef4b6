// name: identity/review-queue
// mode: read
// param $minScore: lowest score kept (0 for all)
// param $maxScore: highest score kept (1 for all)
// param $source: only pairs where either customer has a record of this source, or null
// param $afterScore: the cursor's score, or null for the first page
// param $afterA: the cursor's first customer id
// param $afterB: the cursor's second customer id
// param $limit: page size plus one
// The steward's review queue, strongest first; the cursor is (score, a, b), so pairs added or
// decided while paging never shift a page.
MATCH (a:Customer)-[match:POSSIBLE_MATCH]->(b:Customer)
WHERE match.score >= $minScore AND match.score <= $maxScore
  AND ($source IS NULL OR EXISTS { MATCH (r:SourceRecord {source: $source})-[:ABOUT]->(c:Customer) WHERE c = a OR c = b })
  AND ($afterScore IS NULL OR match.score < $afterScore
       OR (match.score = $afterScore AND (a.id > $afterA OR (a.id = $afterA AND b.id > $afterB))))
RETURN a.id AS a, b.id AS b, match.score AS score, match.reasons AS reasons, toString(match.at) AS at
ORDER BY score DESC, a, b
LIMIT $limit
