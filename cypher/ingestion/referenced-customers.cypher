// name: ingestion/referenced-customers
// mode: read
// param $references: list of {source, sourceId} of customer records that events point at
// The customers behind customer records named by customerSourceId, with their identifiers.
UNWIND $references AS ref
MATCH (:SourceRecord {source: ref.source, kind: 'customer', sourceId: ref.sourceId})-[:ABOUT]->(c:Customer)
RETURN ref.source AS source, ref.sourceId AS sourceId,
       {id: c.id, createdAt: c.createdAt, identifiers: [(c)-[:HAS_IDENTITY]->(i) | {type: i.type, value: i.value}],
        distinctFrom: [(c)-[:NOT_SAME_AS]-(other:Customer) | other.id],
        people: [(c)<-[:ABOUT]-(r:SourceRecord {kind: 'customer'}) | {givenName: r.givenName, familyName: r.familyName, birthDate: r.birthDate}]} AS customer
