// name: audiences/touched/exists
// mode: fragment
// slot {{conditions}} joined by AND: what the touchpoint (t) must be
// Customer c has a touchpoint matching the conditions.
EXISTS {
  MATCH (c)-[:DID]->(t:Touchpoint)
  WHERE {{conditions}}
}
