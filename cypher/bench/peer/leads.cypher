// name: bench/peer/leads
// mode: fragment
// slot {{page}}: leads/page: a page of leads, rows `c, key`
// The hand-written query for bench:peer's leads page: the lead scoring is leads/page itself (its
// rules cannot be written shorter), then each lead's profile and identifiers.
{{page}}
RETURN c {.id, .givenName, .familyName} AS profile, [(c)-[:HAS_IDENTITY]->(i:Identity) | i {.type, .value}] AS identities
