// name: bench/peer/customer-360
// mode: read
// param $id: customer id
// The hand-written query for bench:peer's customer 360: profile, identifiers, the 3 latest
// orders with their lines, the 10 latest touchpoints.
MATCH (c:Customer {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_IDENTITY]->(i:Identity)
  RETURN collect(i {.type, .value}) AS identities
}
CALL (c) {
  OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
  WITH o ORDER BY o.placedAt DESC, o.id DESC LIMIT 3
  RETURN collect(o {.id, .placedAt, .total, lines: [(o)-[line:CONTAINS]->(p:Product) | {quantity: line.quantity, sku: p.sku, name: p.name}]}) AS orders
}
CALL (c) {
  OPTIONAL MATCH (c)-[:DID]->(t:Touchpoint)
  WITH t ORDER BY t.at DESC, t.id DESC LIMIT 10
  RETURN collect(t {.id, .type, .channel, .at}) AS touchpoints
}
RETURN c {.id, .givenName, .familyName, .city, .country} AS profile, identities, orders, touchpoints
