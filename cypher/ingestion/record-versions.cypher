// name: ingestion/record-versions
// mode: read
// param $keys: list of {source, kind, sourceId}
// What the graph holds of these source records: their content hash, version and customer, so an
// unchanged or older record is skipped without writing anything.
UNWIND $keys AS key
MATCH (r:SourceRecord {source: key.source, kind: key.kind, sourceId: key.sourceId})
// Always a seek on the whole key: a plan cached while the graph was small may scan the whole index for every row.
USING INDEX r:SourceRecord(source, kind, sourceId)
RETURN r.source AS source, r.kind AS kind, r.sourceId AS sourceId, r.hash AS hash, r.updatedAt AS updatedAt,
       // The label tested on the one node reached, never planned: the planner would start from the
       // index on Customer(id) and read all of it.
       [(r)-[:ABOUT]->(c) | CASE WHEN c:Customer THEN c.id END][0] AS customerId
