// name: leads/consents
// mode: fragment
// Customer c's latest consent decision per purpose.
CALL (c) {
  OPTIONAL MATCH (c)-[:GAVE]->(k:Consent)
  WITH k ORDER BY k.at DESC
  WITH k.purpose AS purpose, collect(k.status)[0] AS status
  RETURN [x IN collect({purpose: purpose, status: status}) WHERE x.purpose IS NOT NULL] AS consents
}
