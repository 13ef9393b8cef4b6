// name: identity/record-possible-matches
// mode: write
// param $pairs: list of {a, b, score, reasons} between customer ids, a < b, each pair once
// param $now: ISO timestamp of the matching run
// Pairs of customers that may be one person, for a person to review: a score between the review
// and the automatic-merge thresholds, and the evidence in words. Each pair is stored once, from
// the smaller id (a copy the other way from an older run is removed); a pair a steward rejected
// (NOT_SAME_AS) is never proposed again. Returns how many pairs are stored.
UNWIND $pairs AS pair
MATCH (a:Customer {id: pair.a}), (b:Customer {id: pair.b})
WHERE NOT (a)-[:NOT_SAME_AS]-(b)
CALL (a, b) {
  MATCH (b)-[reverse:POSSIBLE_MATCH]->(a)
  DELETE reverse
}
MERGE (a)-[match:POSSIBLE_MATCH]->(b)
SET match.score = pair.score, match.reasons = pair.reasons, match.at = datetime($now)
RETURN count(match) AS stored
