// name: ingestion/upsert-consents
// mode: write
// param $rows: list of {source, sourceId, id, customerId, purpose, status, at}
// Consent events, kept as history: the current consent for a purpose is the latest one.
UNWIND $rows AS row
MATCH (r:SourceRecord {source: row.source, kind: 'consent', sourceId: row.sourceId})
MATCH (c:Customer {id: row.customerId})
MERGE (k:Consent {id: row.id})
SET k.purpose = row.purpose, k.status = row.status, k.at = datetime(row.at), k.source = row.source
MERGE (r)-[:RECORDED]->(k)
WITH c, k
MERGE (c)-[:GAVE]->(k)
