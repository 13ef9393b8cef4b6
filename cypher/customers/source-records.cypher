// name: customers/source-records
// mode: read
// param $requests: list of {id, after: [source, sourceId] or null, limit}
// Pages of the source records behind customers, by source then id.
UNWIND range(0, size($requests) - 1) AS index
WITH index, $requests[index] AS request
OPTIONAL MATCH (c:Customer {id: request.id})
CALL (c, request) {
  OPTIONAL MATCH (c)<-[:ABOUT]-(r:SourceRecord)
  WITH r ORDER BY r.source, r.sourceId
  WITH collect(r) AS records
  RETURN size(records) AS total,
         [r IN records WHERE request.after IS NULL OR [r.source, r.sourceId] > request.after][..request.limit] AS page
}
RETURN index, total,
       [r IN page | r {.source, .sourceId, .kind, .updatedAt, .importedAt, key: [r.source, r.sourceId]}] AS records
