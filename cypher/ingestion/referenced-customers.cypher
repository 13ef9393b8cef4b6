// name: ingestion/referenced-customers
// mode: read
// param $references: list of {source, sourceId} of customer records that events point at
// The customers behind customer records named by customerSourceId, with their identifiers.
UNWIND $references AS ref
MATCH (named:SourceRecord {source: ref.source, kind: 'customer', sourceId: ref.sourceId})-[:ABOUT]->(c:Customer)
// The whole key, never the index on kind alone (which would read every customer record per reference).
USING INDEX SEEK named:SourceRecord(source, kind, sourceId)
RETURN ref.source AS source, ref.sourceId AS sourceId,
       {id: c.id, createdAt: c.createdAt, identifiers: [(c)-[:HAS_IDENTITY]->(i) | {type: i.type, value: i.value}],
        distinctFrom: [(c)-[:NOT_SAME_AS]-(other:Customer) | other.id],
        // r unlabelled: with a label the planner may start from the index on kind and read every customer record.
        people: [(c)<-[:ABOUT]-(r) WHERE r.kind = 'customer' | {givenName: r.givenName, familyName: r.familyName, birthDate: r.birthDate}]} AS customer
