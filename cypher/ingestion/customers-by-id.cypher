// name: ingestion/customers-by-id
// mode: read
// param $ids: customer ids
// Customers with their identifiers, for identity resolution of records already tied to them.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN {id: c.id, createdAt: c.createdAt, identifiers: [(c)-[:HAS_IDENTITY]->(i) | {type: i.type, value: i.value}],
        distinctFrom: [(c)-[:NOT_SAME_AS]-(other:Customer) | other.id],
        // r unlabelled: with a label the planner may start from the index on kind and read every customer record.
        people: [(c)<-[:ABOUT]-(r) WHERE r.kind = 'customer' | {givenName: r.givenName, familyName: r.familyName, birthDate: r.birthDate}]} AS customer
