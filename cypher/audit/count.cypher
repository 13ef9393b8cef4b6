// name: audit/count
// mode: read
// param $actor: only this actor, or null
// param $customerId: only entries concerning this customer, or null
// param $action: READ, WRITE or null
// param $since: ISO instant (inclusive) or null
// param $until: ISO instant (exclusive) or null
// How many entries audit/page would walk through with the same filters.
MATCH (a:AuditEntry)
WHERE ($actor IS NULL OR a.actor = $actor)
  AND ($action IS NULL OR a.action = $action)
  AND ($since IS NULL OR a.at >= datetime($since))
  AND ($until IS NULL OR a.at < datetime($until))
  AND ($customerId IS NULL OR EXISTS { (a)-[:CONCERNS]->(subject) WHERE subject.id = $customerId })
RETURN count(a) AS total
