// name: analyst/duplicate-candidates
// mode: read
// param $minScore: the lowest match score to show (0.5 to 1)
// column customerA: CUSTOMER_ID
// column nameA: NAME
// column customerB: CUSTOMER_ID
// column nameB: NAME
// Pairs of customers fuzzy matching thinks may be one person, for review, best score first.
MATCH (a:Customer)-[match:POSSIBLE_MATCH]->(b:Customer)
WHERE match.score >= $minScore
RETURN a.id AS customerA, a.givenName + ' ' + a.familyName AS nameA, b.id AS customerB,
       b.givenName + ' ' + b.familyName AS nameB, round(match.score, 3) AS score, match.reasons AS reasons
ORDER BY score DESC, customerA, customerB
