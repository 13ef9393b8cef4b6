// name: customers/360/source-records
// mode: fragment
// param $after: [source, sourceId] of the last record of the previous page, or null
// param $limit: page size plus one
// Customer.sourceRecords: a page of the records behind the customer, by source then id (as customers/source-records).
OPTIONAL MATCH (c)<-[:ABOUT]-(r:SourceRecord)
WITH r ORDER BY r.source, r.sourceId
WITH collect(r) AS records
WITH size(records) AS total, [r IN records WHERE $after IS NULL OR [r.source, r.sourceId] > $after][..$limit] AS page
RETURN {total: total, records: [r IN page | r {.source, .sourceId, .kind, .updatedAt, .importedAt, key: [r.source, r.sourceId]}]} AS answer
