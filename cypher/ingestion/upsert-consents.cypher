// name: ingestion/upsert-consents
// mode: write
// param $rows: list of {source, sourceId, id, customerId, purpose, status, at}
// Consent events, kept as history: the current consent for a purpose is the latest one.
UNWIND $rows AS row
MATCH (r:SourceRecord {source: row.source, kind: 'consent', sourceId: row.sourceId})
// The whole key, never the index on kind alone (which would read every record of the kind per row).
USING INDEX SEEK r:SourceRecord(source, kind, sourceId)
MATCH (c:Customer {id: row.customerId})
MERGE (k:Consent {id: row.id})
SET k.purpose = row.purpose, k.status = row.status, k.at = datetime(row.at), k.source = row.source
// The record is new or was untied by ingestion/detach-updated-records, so its fact has no links yet:
// they are created, never merged (a merge onto a channel or a topic locks a node every event shares).
CREATE (r)-[:RECORDED]->(k)
WITH c, k
CREATE (c)-[:GAVE]->(k)
