// name: audiences/said/exists
// mode: fragment
// slot {{conditions}} joined by AND: what the signal (s) must be
// Customer c posted a social signal matching the conditions.
EXISTS {
  MATCH (c)-[:POSTED]->(s:SocialSignal)
  WHERE {{conditions}}
}
