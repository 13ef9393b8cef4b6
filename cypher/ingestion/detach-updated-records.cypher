// name: ingestion/detach-updated-records
// mode: write
// param $keys: list of {source, kind, sourceId} of records a newer version replaces
// Unties what an older version of each record said (its customer, its identifiers, its fact and
// the fact's links to customers, channels, products, topics and lines), so the upserts that follow
// write the new version as if it were new, creating every link. Each record is write-locked first
// and its stored hash returned: one a concurrent import changed since ingestion/record-versions
// read it makes the batch start over.
UNWIND $keys AS key
MATCH (r:SourceRecord {source: key.source, kind: key.kind, sourceId: key.sourceId})
// Always a seek on the whole key: a plan cached while the graph was small may scan the whole index for every row.
USING INDEX SEEK r:SourceRecord(source, kind, sourceId)
// A label the node has already: nothing is written, but the node stays write-locked until the commit.
SET r:SourceRecord
WITH key, r, r.hash AS hash
CALL (r) {
  MATCH (r)-[link:ABOUT|CLAIMS]->()
  DELETE link
}
CALL (r) {
  MATCH (r)-[recorded:RECORDED]->(fact)
  CALL (fact) {
    MATCH (fact)-[link:ON|ABOUT|VIA|CONTAINS|MENTIONS|IN_CATEGORY]->()
    DELETE link
  }
  CALL (fact) {
    MATCH ()-[link:PLACED|DID|POSTED|GAVE]->(fact)
    DELETE link
  }
  DELETE recorded
}
RETURN key.source AS source, key.kind AS kind, key.sourceId AS sourceId, hash
