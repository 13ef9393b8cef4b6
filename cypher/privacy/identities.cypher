// name: privacy/identities
// mode: read
// param $id: a live customer id
// Every identifier a customer holds or its records claim, for the suppression hashes of erasure.
MATCH (c:Customer {id: $id})
CALL (c) {
  MATCH (c)-[:HAS_IDENTITY]->(i:Identity)
  RETURN i
  UNION
  MATCH (c)<-[:ABOUT]-(:SourceRecord)-[:CLAIMS]->(i:Identity)
  RETURN i
}
RETURN i.type AS type, i.value AS value
ORDER BY type, value
