// name: ingestion/refresh-profiles
// mode: write
// param $ids: customers whose customer records changed
// The golden record: each attribute takes the value of the most trusted source record that has
// one, the newest among equally trusted ones, and remembers which record said it (VALUE_FROM).
// Every value that changes is kept as (c)-[:CHANGED]->(:AttributeChange {attribute, oldValue,
// newValue, source, sourceId, oldSource, oldSourceId, at}): the record that now wins (none when
// the value was cleared) and the one that won before (so erasing its person finds the change).
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  // Expand from the customer, never from the index on kind: that would read every customer record
  // (r unlabelled, so the planner has no index to start from; only source records are ABOUT a customer).
  OPTIONAL MATCH (c)<-[:ABOUT]-(r)
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
// privacy: the values before, to keep each change as an AttributeChange.
WITH c, winners, [c.givenName, c.familyName, c.birthDate, c.street, c.city, c.postcode, c.region, c.country, c.lifecycleStage] AS before,
     [(c)-[from:VALUE_FROM]->(r) | [from.attribute, r]] AS previous
// The record each value came from before (null for none), in the order of winners.
WITH c, winners, before, [w IN winners | [p IN previous WHERE p[0] = w[0] | p[1]][0]] AS was
SET c.givenName = winners[0][1].givenName, c.familyName = winners[1][1].familyName,
    c.birthDate = winners[2][1].birthDate, c.street = winners[3][1].street, c.city = winners[4][1].city,
    c.postcode = winners[5][1].postcode, c.region = winners[6][1].region, c.country = winners[7][1].country,
    c.lifecycleStage = winners[8][1].lifecycleStage, c.updatedAt = datetime()
// privacy: begin
WITH c, winners, before, was, [i IN range(0, 8) WHERE coalesce(before[i] <> winners[i][1][winners[i][0]], (before[i] IS NULL) <> (winners[i][1] IS NULL))] AS changed
FOREACH (i IN changed |
  CREATE (c)-[:CHANGED]->(:AttributeChange {id: randomUUID(), attribute: winners[i][0], oldValue: before[i],
    newValue: winners[i][1][winners[i][0]], source: winners[i][1].source, sourceId: winners[i][1].sourceId,
    oldSource: was[i].source, oldSourceId: was[i].sourceId, at: c.updatedAt}))
// privacy: end
// Only the attributes whose winning record changed are relinked: most refreshes of a customer
// (another of its records arrived) leave most of its values where they came from.
WITH c, winners, was
CALL (c, winners, was) {
  UNWIND [i IN range(0, 8) WHERE coalesce(winners[i][1] <> was[i], (winners[i][1] IS NULL) <> (was[i] IS NULL))] AS i
  OPTIONAL MATCH (c)-[old:VALUE_FROM {attribute: winners[i][0]}]->()
  DELETE old
  WITH DISTINCT i WHERE winners[i][1] IS NOT NULL
  WITH winners[i][0] AS attribute, winners[i][1] AS record
  CREATE (c)-[:VALUE_FROM {attribute: attribute}]->(record)
}
