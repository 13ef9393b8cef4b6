// name: test-support/source-record-count
// mode: read
// param $source: the source whose records to count
// Used by the test suite only: how many records of one source the graph holds.
MATCH (r:SourceRecord {source: $source})
RETURN count(r) AS records
