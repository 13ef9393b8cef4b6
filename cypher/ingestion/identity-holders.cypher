// name: ingestion/identity-holders
// mode: read
// param $identities: list of {type, value}
// The customers holding each identifier, oldest first, with every identifier each of them holds
// (the per-type limits of the identity rules are checked against these).
UNWIND $identities AS identity
MATCH (:Identity {type: identity.type, value: identity.value})<-[:HAS_IDENTITY]-(c:Customer)
WITH identity, c ORDER BY c.createdAt, c.id
WITH identity, collect(c) AS holders
RETURN identity.type AS type, identity.value AS value,
       [c IN holders | {id: c.id, createdAt: c.createdAt,
                        identifiers: [(c)-[:HAS_IDENTITY]->(i) | {type: i.type, value: i.value}],
                        distinctFrom: [(c)-[:NOT_SAME_AS]-(other:Customer) | other.id],
        people: [(c)<-[:ABOUT]-(r:SourceRecord {kind: 'customer'}) | {givenName: r.givenName, familyName: r.familyName, birthDate: r.birthDate}]}] AS holders
