// name: ingestion/refresh-profiles
// mode: write
// param $ids: customers whose customer records changed
// The golden record: each attribute takes the value of the most trusted source record that has
// one, the newest among equally trusted ones, and remembers which record said it (VALUE_FROM).
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  // Expand from the customer, never from the index on kind: that would read every customer record.
  OPTIONAL MATCH (c)<-[:ABOUT]-(r:SourceRecord)
  WHERE r.kind = 'customer'
  WITH r ORDER BY r.trust DESC, coalesce(r.updatedAt, r.importedAt) DESC, r.source, r.sourceId
  RETURN collect(r) AS records
}
WITH c, [
  ['givenName', [r IN records WHERE r.givenName IS NOT NULL][0]],
  ['familyName', [r IN records WHERE r.familyName IS NOT NULL][0]],
  ['birthDate', [r IN records WHERE r.birthDate IS NOT NULL][0]],
  ['street', [r IN records WHERE r.street IS NOT NULL][0]],
  ['city', [r IN records WHERE r.city IS NOT NULL][0]],
  ['postcode', [r IN records WHERE r.postcode IS NOT NULL][0]],
  ['region', [r IN records WHERE r.region IS NOT NULL][0]],
  ['country', [r IN records WHERE r.country IS NOT NULL][0]],
  ['lifecycleStage', [r IN records WHERE r.lifecycleStage IS NOT NULL][0]]
] AS winners
SET c.givenName = winners[0][1].givenName, c.familyName = winners[1][1].familyName,
    c.birthDate = winners[2][1].birthDate, c.street = winners[3][1].street, c.city = winners[4][1].city,
    c.postcode = winners[5][1].postcode, c.region = winners[6][1].region, c.country = winners[7][1].country,
    c.lifecycleStage = winners[8][1].lifecycleStage, c.updatedAt = datetime()
WITH c, winners
CALL (c) {
  MATCH (c)-[old:VALUE_FROM]->()
  DELETE old
}
FOREACH (winner IN [w IN winners WHERE w[1] IS NOT NULL] |
  FOREACH (record IN [winner[1]] | CREATE (c)-[:VALUE_FROM {attribute: winner[0]}]->(record)))
