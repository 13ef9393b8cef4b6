// name: ingestion/detach-updated-records
// mode: write
// param $keys: list of {source, kind, sourceId} of records a newer version replaces
// Unties what an older version of each record said (its customer, its identifiers, its fact's
// links to customers, channels, products, topics and lines), so the upserts that follow write
// the new version as if it were new.
UNWIND $keys AS key
MATCH (r:SourceRecord {source: key.source, kind: key.kind, sourceId: key.sourceId})
CALL (r) {
  MATCH (r)-[link:ABOUT|CLAIMS]->()
  DELETE link
}
CALL (r) {
  MATCH (r)-[:RECORDED]->(fact)
  CALL (fact) {
    MATCH (fact)-[link:ON|ABOUT|VIA|CONTAINS|MENTIONS|IN_CATEGORY]->()
    DELETE link
  }
  CALL (fact) {
    MATCH ()-[link:PLACED|DID|POSTED|GAVE]->(fact)
    DELETE link
  }
}
