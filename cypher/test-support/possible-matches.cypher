// name: test-support/possible-matches
// mode: read
// param $limit: how many pairs at most
// Pairs of customers that may be one person, strongest first, with the evidence, for review.
MATCH (a:Customer)-[match:POSSIBLE_MATCH]->(b:Customer)
RETURN a.id AS a, b.id AS b, match.score AS score, match.reasons AS reasons
ORDER BY match.score DESC, a.id, b.id
LIMIT $limit
