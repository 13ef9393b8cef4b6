// name: migrations/0010-source-record-kind
// mode: schema
// A source record is unique by source, kind and id, so one system's tables may reuse numbers (an
// order 1001 and a contact 1001 are two records). The old key is dropped first: it would refuse them.
DROP CONSTRAINT source_record_source_id IF EXISTS;

CREATE CONSTRAINT source_record_key IF NOT EXISTS
FOR (r:SourceRecord) REQUIRE (r.source, r.kind, r.sourceId) IS UNIQUE
