// name: bench/lean-customers
// mode: write
// param $customers: list of {id, golden: {givenName, familyName, ...} (the winners' values), identities: [{type, value}]}
// param $now: ISO timestamp of the load
// The lean ceiling of bench:ingest: each customer with its golden record computed beforehand,
// one AttributeChange per value (as a first import records it), and the identities it holds.
UNWIND $customers AS customer
CREATE (c:Customer {id: customer.id, createdAt: datetime($now), updatedAt: datetime($now)})
SET c += customer.golden
WITH c, customer
CALL (c, customer) {
  UNWIND keys(customer.golden) AS attribute
  CREATE (c)-[:CHANGED]->(:AttributeChange {id: randomUUID(), attribute: attribute, newValue: customer.golden[attribute], at: c.updatedAt})
}
CALL (c, customer) {
  UNWIND customer.identities AS identity
  MATCH (i:Identity {type: identity.type, value: identity.value})
  CREATE (c)-[:HAS_IDENTITY]->(i)
}
