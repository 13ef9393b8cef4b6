// name: identity/record-customers
// mode: read
// Which customer every record that names a person belongs to, with its source and kind: the
// clusters identity resolution formed, compared with ground truth by the benchmarks.
MATCH (r:SourceRecord)-[:ABOUT]->(c:Customer)
RETURN r.source AS source, r.sourceId AS sourceId, r.kind AS kind, c.id AS customerId
