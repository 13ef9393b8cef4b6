// name: ingestion/rebuild-customer-links
// mode: write
// param $ids: customers whose source records changed, moved or merged
// Makes a customer's derived links match its source records exactly: the identities they claim,
// and the orders, touchpoints, signals and consents they recorded.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  MATCH (c)-[link:HAS_IDENTITY|PLACED|DID|POSTED|GAVE]->(target)
  WHERE NOT EXISTS { (c)<-[:ABOUT]-(:SourceRecord)-[:CLAIMS|RECORDED]->(target) }
  DELETE link
}
CALL (c) {
  MATCH (c)<-[:ABOUT]-(:SourceRecord)-[:CLAIMS]->(i:Identity)
  WITH DISTINCT i
  MERGE (c)-[:HAS_IDENTITY]->(i)
}
CALL (c) {
  MATCH (c)<-[:ABOUT]-(:SourceRecord)-[:RECORDED]->(fact)
  WITH fact, head(labels(fact)) AS kind
  FOREACH (_ IN CASE kind WHEN 'Order' THEN [1] ELSE [] END | MERGE (c)-[:PLACED]->(fact))
  FOREACH (_ IN CASE kind WHEN 'Touchpoint' THEN [1] ELSE [] END | MERGE (c)-[:DID]->(fact))
  FOREACH (_ IN CASE kind WHEN 'SocialSignal' THEN [1] ELSE [] END | MERGE (c)-[:POSTED]->(fact))
  FOREACH (_ IN CASE kind WHEN 'Consent' THEN [1] ELSE [] END | MERGE (c)-[:GAVE]->(fact))
}
