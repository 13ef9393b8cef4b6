// name: bench/lean-source-records
// mode: write
// param $rows: list of {source, sourceId, kind, updatedAt, customerId (or null), identities: [{type, value}], properties, wins: [attribute names its customer's golden record takes from it]}
// param $now: ISO timestamp of the load
// The lean ceiling of bench:ingest: every record created outright, tied to its customer and its
// identifiers by index look-ups, and named as the source of the golden values it won.
UNWIND $rows AS row
CREATE (r:SourceRecord {source: row.source, kind: row.kind, sourceId: row.sourceId})
SET r += row.properties, r.updatedAt = datetime(row.updatedAt), r.importedAt = datetime($now)
WITH r, row
CALL (r, row) {
  WITH r, row WHERE row.customerId IS NOT NULL
  MATCH (c:Customer {id: row.customerId})
  CREATE (r)-[:ABOUT]->(c)
  FOREACH (attribute IN row.wins | CREATE (c)-[:VALUE_FROM {attribute: attribute}]->(r))
}
CALL (r, row) {
  UNWIND row.identities AS identity
  MATCH (i:Identity {type: identity.type, value: identity.value})
  CREATE (r)-[:CLAIMS]->(i)
}
