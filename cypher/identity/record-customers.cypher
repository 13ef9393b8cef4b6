// name: identity/all-record-customers
// mode: read
// Which customer every record that names a person belongs to, with its kind.
MATCH (r:SourceRecord)-[:ABOUT]->(c:Customer)
RETURN r.source AS source, r.sourceId AS sourceId, r.kind AS kind, c.id AS customerId
