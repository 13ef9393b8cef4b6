// name: bench/peer/page
// mode: read
// param $limit: page size
// The hand-written query for bench:peer's page: the first customers by creation time then id,
// each with identifiers and the 5 latest orders.
MATCH (c:Customer)
WITH c ORDER BY c.createdAt, c.id LIMIT $limit
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_IDENTITY]->(i:Identity)
  RETURN collect(i {.type, .value}) AS identities
}
CALL (c) {
  OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
  WITH o ORDER BY o.placedAt DESC, o.id DESC LIMIT 5
  RETURN collect(o {.id, .placedAt, .total}) AS orders
}
RETURN c {.id, .givenName, .familyName} AS profile, identities, orders
