// name: identity/store-blocking-keys
// mode: write
// param $records: list of {source, sourceId, keys}: customer records and their blocking keys
// Each record's blocking keys as (r)-[:BLOCKED_BY]->(:BlockingKey {value}), replacing the keys it
// had (its names or address may have changed), so a later record finds it without a full pass.
UNWIND $records AS record
MATCH (r:SourceRecord {source: record.source, sourceId: record.sourceId, kind: 'customer'})
CALL (r) {
  MATCH (r)-[old:BLOCKED_BY]->()
  DELETE old
}
WITH r, record
UNWIND record.keys AS value
MERGE (k:BlockingKey {value: value})
MERGE (r)-[:BLOCKED_BY]->(k)
RETURN count(*) AS stored
