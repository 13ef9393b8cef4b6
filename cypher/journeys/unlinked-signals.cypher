// name: journeys/unlinked-signals
// mode: read
// param $limit: how many customers at most
// Customers with a social signal outside their journey's NEXT path although they have other
// events: signals stored before they were journey steps. Their journeys need relinking whole.
MATCH (c:Customer)-[:POSTED]->(s:SocialSignal)
WHERE NOT EXISTS { (s)-[:NEXT]-() } AND EXISTS { MATCH (c)-[:DID|PLACED|POSTED]->(other) WHERE other <> s }
RETURN DISTINCT c.id AS id
LIMIT $limit
