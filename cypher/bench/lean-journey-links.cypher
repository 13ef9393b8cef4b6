// name: bench/lean-journey-links
// mode: write
// param $links: list of {earlier, earlierLabel, later, laterLabel}: consecutive events of one customer, ordered beforehand by time then id
// The lean ceiling of bench:ingest: NEXT links computed in memory, each end found by its label's
// index (only the branch of its label runs).
UNWIND $links AS link
CALL (link) {
  WITH link WHERE link.earlierLabel = 'Order' MATCH (e:Order {id: link.earlier}) RETURN e
  UNION ALL
  WITH link WHERE link.earlierLabel = 'Touchpoint' MATCH (e:Touchpoint {id: link.earlier}) RETURN e
  UNION ALL
  WITH link WHERE link.earlierLabel = 'SocialSignal' MATCH (e:SocialSignal {id: link.earlier}) RETURN e
}
CALL (link) {
  WITH link WHERE link.laterLabel = 'Order' MATCH (l:Order {id: link.later}) RETURN l
  UNION ALL
  WITH link WHERE link.laterLabel = 'Touchpoint' MATCH (l:Touchpoint {id: link.later}) RETURN l
  UNION ALL
  WITH link WHERE link.laterLabel = 'SocialSignal' MATCH (l:SocialSignal {id: link.later}) RETURN l
}
CREATE (e)-[:NEXT]->(l)
