// name: identity/blocking-neighbours
// mode: fragment
// param $keys: blocking keys of the arriving records
// param $maxBlockSize: a key held by more records than this is skipped, like the full pass's oversized blocks
// slot {{features}}: identity/person-features
// The customer records that share a blocking key with the arriving ones, found through the
// indexed BlockingKey nodes rather than by reading every record.
UNWIND $keys AS value
MATCH (k:BlockingKey {value: value})
WHERE COUNT { (k)<-[:BLOCKED_BY]-() } <= $maxBlockSize
MATCH (k)<-[:BLOCKED_BY]-(r:SourceRecord {kind: 'customer'})-[:ABOUT]->(c:Customer)
WITH DISTINCT r, c
{{features}}
