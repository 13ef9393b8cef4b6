// name: bench/lean-customers
// mode: write
// param $customers: list of {id, golden: {givenName, familyName, ...} (the winners' values), identities: [{type, value}]}
// param $now: ISO timestamp of the load
// The lean ceiling of bench:ingest: each customer with its golden record computed beforehand,
// one AttributeChange per value (as a first import records it), and the identities it holds.
UNWIND $customers AS customer
CREATE (c:Customer {id: customer.id, createdAt: datetime($now), updatedAt: datetime($now), givenName: customer.golden.givenName,
  familyName: customer.golden.familyName, birthDate: customer.golden.birthDate, street: customer.golden.street, city: customer.golden.city,
  postcode: customer.golden.postcode, region: customer.golden.region, country: customer.golden.country, lifecycleStage: customer.golden.lifecycleStage})
FOREACH (attribute IN keys(customer.golden) |
  CREATE (c)-[:CHANGED]->(:AttributeChange {id: randomUUID(), attribute: attribute, newValue: customer.golden[attribute], at: c.updatedAt}))
WITH c, customer
UNWIND customer.identities AS identity
MATCH (i:Identity {type: identity.type, value: identity.value})
// A seek, named: a look-up left to the planner (or hinted USING INDEX, which allows a scan) twice
// scanned the identities for every row, once planned on a fresh database, and ran past the
// ten-minute timeout on the 1M set.
USING INDEX SEEK i:Identity(type, value)
CREATE (c)-[:HAS_IDENTITY]->(i)
