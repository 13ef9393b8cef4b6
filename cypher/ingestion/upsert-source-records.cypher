// name: ingestion/upsert-source-records
// mode: write
// param $rows: list of {source, sourceId, kind, created (true when the graph held no version of it), updatedAt, customerId (or null), createdRank (a new customer's place among those the batch starts), identities: [{type, value}], properties: {the customer attributes, hash, trust}}
// param $now: ISO timestamp of the import
// Every input record as a SourceRecord: its standardised values (properties), the customer it is
// about, and the identifiers it claims, which become the customer's identities. A record the graph
// did not hold is created; a concurrent import that created it first makes this fail, and the batch
// start over (ingestion/write-batch). An older version was untied first by
// ingestion/detach-updated-records, so neither kind of record has links yet: they are created, not merged.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.created
  CREATE (r:SourceRecord {source: row.source, kind: row.kind, sourceId: row.sourceId})
  RETURN r
  UNION
  WITH row WHERE NOT row.created
  MATCH (r:SourceRecord {source: row.source, kind: row.kind, sourceId: row.sourceId})
  USING INDEX SEEK r:SourceRecord(source, kind, sourceId)
  RETURN r
}
// Each property by name (not r += map), so the planner knows what is written and needs no Eager.
// importedAt is when the version held now was imported (unchanged re-imports write nothing).
SET r.givenName = row.properties.givenName, r.familyName = row.properties.familyName,
    r.birthDate = row.properties.birthDate, r.street = row.properties.street, r.city = row.properties.city,
    r.postcode = row.properties.postcode, r.region = row.properties.region, r.country = row.properties.country,
    r.lifecycleStage = row.properties.lifecycleStage, r.hash = row.properties.hash, r.trust = row.properties.trust,
    r.updatedAt = datetime(row.updatedAt), r.importedAt = datetime($now)
WITH r, row WHERE row.customerId IS NOT NULL
MERGE (c:Customer {id: row.customerId})
  // A nanosecond per place: the customers a batch starts are oldest-first in the order their
  // first records came, so holders of an identifier read in the same order whatever the batch size.
  ON CREATE SET c.createdAt = datetime($now) + duration({nanoseconds: coalesce(row.createdRank, 0)}), c.updatedAt = datetime($now)
CREATE (r)-[:ABOUT]->(c)
WITH r, c, row
UNWIND row.identities AS identity
MATCH (i:Identity {type: identity.type, value: identity.value})
// Always a seek on the whole key: a plan cached while the graph was small may scan the whole index for every row.
USING INDEX SEEK i:Identity(type, value)
CREATE (r)-[:CLAIMS]->(i)
MERGE (c)-[:HAS_IDENTITY]->(i)
