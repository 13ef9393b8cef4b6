// name: privacy/identities
// mode: read
// param $id: a live customer id
// What identifies a customer, for the suppression hashes of erasure: every identifier it holds
// or its records claim, and the own id of each of its customer records in its source
// (type SOURCE_RECORD, value "source|sourceId").
MATCH (c:Customer {id: $id})
CALL (c) {
  MATCH (c)-[:HAS_IDENTITY]->(i:Identity)
  RETURN i.type AS type, i.value AS value
  UNION
  MATCH (c)<-[:ABOUT]-(:SourceRecord)-[:CLAIMS]->(i:Identity)
  RETURN i.type AS type, i.value AS value
  UNION
  MATCH (c)<-[:ABOUT]-(r:SourceRecord {kind: 'customer'})
  RETURN 'SOURCE_RECORD' AS type, r.source + '|' + r.sourceId AS value
}
RETURN type, value
ORDER BY type, value
