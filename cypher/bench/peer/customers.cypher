// name: bench/peer/customers
// mode: read
// param $ids: customer ids
// The hand-written query for bench:peer's leads page as the peer can serve it: the page's
// customers by id, each with identifiers.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_IDENTITY]->(i:Identity)
  RETURN collect(i {.type, .value}) AS identities
}
RETURN c {.id, .givenName, .familyName} AS profile, identities
