// name: identity/record-possible-matches
// mode: write
// param $pairs: list of {a, b, score, reasons} between customer ids
// param $now: ISO timestamp of the matching run
// Pairs of customers that may be one person, for a person to review: a score between the review
// and the automatic-merge thresholds, and the evidence in words.
UNWIND $pairs AS pair
MATCH (a:Customer {id: pair.a}), (b:Customer {id: pair.b})
MERGE (a)-[match:POSSIBLE_MATCH]->(b)
SET match.score = pair.score, match.reasons = pair.reasons, match.at = datetime($now)
