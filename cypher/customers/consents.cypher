// name: customers/consents
// mode: read
// param $ids: customer ids
// Each customer's consent decisions per purpose, newest first: the first is the one in force.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  MATCH (c)-[:GAVE]->(k:Consent)
  WITH k ORDER BY k.at DESC, k.id DESC
  WITH k.purpose AS purpose, collect(k {.status, .at, .source}) AS history
  ORDER BY purpose
  RETURN collect({purpose: purpose, history: history}) AS consents
}
RETURN id AS customerId, consents
