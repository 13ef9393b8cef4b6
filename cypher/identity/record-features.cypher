// name: identity/record-features
// mode: fragment
// param $after: the last record key of the previous page ('' for the first)
// param $limit: page size
// slot {{features}}: identity/person-features
// Every customer record, in pages by record key: what the full matching pass compares.
MATCH (r:SourceRecord {kind: 'customer'})-[:ABOUT]->(c:Customer)
WITH r, c, r.source + '|' + r.sourceId AS key
WHERE key > $after
WITH r, c, key
ORDER BY key
LIMIT $limit
{{features}}
