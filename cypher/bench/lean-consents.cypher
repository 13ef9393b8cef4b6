// name: bench/lean-consents
// mode: write
// param $rows: the rows of ingestion/upsert-consents
// The lean ceiling of bench:ingest: consents created outright, linked by index look-ups.
UNWIND $rows AS row
MATCH (r:SourceRecord {source: row.source, kind: 'consent', sourceId: row.sourceId})
USING INDEX SEEK r:SourceRecord(source, kind, sourceId)
MATCH (c:Customer {id: row.customerId})
USING INDEX SEEK c:Customer(id)
CREATE (k:Consent {id: row.id, purpose: row.purpose, status: row.status, at: datetime(row.at), source: row.source})
CREATE (r)-[:RECORDED]->(k), (c)-[:GAVE]->(k)
