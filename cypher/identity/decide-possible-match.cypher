// name: identity/decide-possible-match
// mode: write
// param $a: one customer id of the pair
// param $b: the other customer id
// param $different: true when a steward rejected the pair (they are different people)
// param $reason: why, kept on the NOT_SAME_AS mark
// param $now: ISO timestamp of the decision
// A steward's decision takes the pair out of the review queue; a rejection also marks the two
// as different people, which matching and merges respect from then on. Returns both ids when
// both are live customers.
MATCH (a:Customer {id: $a}), (b:Customer {id: $b})
CALL (a, b) {
  MATCH (a)-[match:POSSIBLE_MATCH]-(b)
  DELETE match
}
CALL (a, b) {
  WITH a, b WHERE $different
  MERGE (a)-[mark:NOT_SAME_AS]->(b)
    ON CREATE SET mark.at = datetime($now), mark.reason = $reason
}
RETURN a.id AS a, b.id AS b
