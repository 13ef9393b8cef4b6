// name: customers/360/source-records
// mode: fragment
// param $items: whether the request reads the page (nodes, edges, pageInfo) and not only totalCount
// param $after: [source, sourceId] of the last record of the previous page, or null
// param $limit: page size plus one
// Customer.sourceRecords: a page of the records behind the customer, by source then id (as
// customers/source-records). Records are sorted only when the page is asked for.
CALL (c) {
  WITH c WHERE $items
  MATCH (c)<-[:ABOUT]-(r:SourceRecord)
  WHERE $after IS NULL OR [r.source, r.sourceId] > $after
  WITH r ORDER BY r.source, r.sourceId LIMIT $limit
  RETURN collect(r {.source, .sourceId, .kind, .updatedAt, .importedAt, key: [r.source, r.sourceId]}) AS page
}
RETURN {total: COUNT { (c)<-[:ABOUT]-(:SourceRecord) }, records: page} AS answer
