// name: ingestion/upsert-source-records
// mode: write
// param $rows: list of {source, sourceId, kind, updatedAt, customerId (or null), createdRank (a new customer's place among those the batch starts), identities: [{type, value}], properties}
// param $now: ISO timestamp of the import
// Every input record as a SourceRecord: its standardised values (properties), the customer it is
// about, and the identifiers it claims, which become the customer's identities. (An older version
// was untied first by ingestion/detach-updated-records.)
UNWIND $rows AS row
MERGE (r:SourceRecord {source: row.source, kind: row.kind, sourceId: row.sourceId})
// importedAt is when the version held now was imported (unchanged re-imports write nothing).
SET r += row.properties, r.updatedAt = datetime(row.updatedAt), r.importedAt = datetime($now)
WITH r, row
CALL (r, row) {
  WITH r, row WHERE row.customerId IS NOT NULL
  MERGE (c:Customer {id: row.customerId})
    // A nanosecond per place: the customers a batch starts are oldest-first in the order their
    // first records came, so holders of an identifier read in the same order whatever the batch size.
    ON CREATE SET c.createdAt = datetime($now) + duration({nanoseconds: coalesce(row.createdRank, 0)}), c.updatedAt = datetime($now)
  MERGE (r)-[:ABOUT]->(c)
  WITH r, c, row
  UNWIND row.identities AS identity
  MATCH (i:Identity {type: identity.type, value: identity.value})
  MERGE (r)-[:CLAIMS]->(i)
  MERGE (c)-[:HAS_IDENTITY]->(i)
}
