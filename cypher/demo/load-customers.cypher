// name: demo/load-customers
// mode: write
// param $customers: list of {id, givenName, familyName, country, lifecycleStage, identities: [{type, value}]}
// A few demo customers with their identifiers, each tied to a SourceRecord of the 'demo' source.
// Idempotent: loading twice changes nothing.
UNWIND $customers AS c
MERGE (customer:Customer {id: c.id})
  ON CREATE SET customer += c{.givenName, .familyName, .country, .lifecycleStage},
                customer.createdAt = datetime(), customer.updatedAt = datetime()
MERGE (record:SourceRecord {source: 'demo', sourceId: c.id})
MERGE (record)-[:ABOUT]->(customer)
WITH customer, c
UNWIND c.identities AS identity
MERGE (i:Identity {type: identity.type, value: identity.value})
MERGE (customer)-[:HAS_IDENTITY]->(i)
