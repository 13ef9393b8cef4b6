// name: ingestion/upsert-source-records
// mode: write
// param $rows: list of {source, sourceId, kind, updatedAt, customerId (or null), identities: [{type, value}], properties}
// param $now: ISO timestamp of the import
// Every input record as a SourceRecord: its standardised values (properties), the customer it is
// about, and the identifiers it claims, which become the customer's identities.
UNWIND $rows AS row
MERGE (r:SourceRecord {source: row.source, sourceId: row.sourceId})
  ON CREATE SET r.importedAt = datetime($now)
SET r += row.properties, r.kind = row.kind, r.updatedAt = datetime(row.updatedAt)
WITH r, row
CALL (r, row) {
  MATCH (r)-[claim:CLAIMS]->(i:Identity)
  WHERE NOT {type: i.type, value: i.value} IN row.identities
  DELETE claim
}
CALL (r, row) {
  UNWIND row.identities AS identity
  MATCH (i:Identity {type: identity.type, value: identity.value})
  MERGE (r)-[:CLAIMS]->(i)
}
CALL (r, row) {
  WITH r, row WHERE row.customerId IS NOT NULL
  MERGE (c:Customer {id: row.customerId})
    ON CREATE SET c.createdAt = datetime($now)
  SET c.updatedAt = datetime($now)
  WITH r, c, row
  CALL (r, c) {
    MATCH (r)-[old:ABOUT]->(other)
    WHERE other <> c
    DELETE old
  }
  MERGE (r)-[:ABOUT]->(c)
  WITH c, row
  UNWIND row.identities AS identity
  MATCH (i:Identity {type: identity.type, value: identity.value})
  MERGE (c)-[:HAS_IDENTITY]->(i)
}
