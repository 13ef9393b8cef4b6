// name: identity/record-customers
// mode: read
// param $source: a source name
// Which customer each record of a source belongs to: the clusters identity resolution formed.
MATCH (r:SourceRecord {source: $source})-[:ABOUT]->(c:Customer)
RETURN r.sourceId AS sourceId, c.id AS customerId
