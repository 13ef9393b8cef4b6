// name: bench/peer/lead-customers
// mode: fragment
// slot {{page}}: leads/page: a page of leads, rows `c, key`
// The peer's Query.leads (an @cypher field, as a user of @neo4j/graphql would write lead scoring):
// the customers of a page of leads, readiest first; the peer projects what the request selects.
{{page}}
RETURN c
