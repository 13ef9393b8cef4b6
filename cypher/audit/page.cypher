// name: audit/page
// mode: read
// param $actor: only this actor, or null
// param $customerId: only entries concerning this customer, or null
// param $action: READ, WRITE or null
// param $since: ISO instant (inclusive) or null
// param $until: ISO instant (exclusive) or null
// param $afterAt: the cursor's instant, or null for the first page
// param $afterId: the cursor's entry id
// param $limit: page size plus one
// Newest first; the cursor is (at, id), so entries written while paging never shift a page.
MATCH (a:AuditEntry)
WHERE ($actor IS NULL OR a.actor = $actor)
  AND ($action IS NULL OR a.action = $action)
  AND ($since IS NULL OR a.at >= datetime($since))
  AND ($until IS NULL OR a.at < datetime($until))
  AND ($customerId IS NULL OR EXISTS { (a)-[:CONCERNS]->(subject) WHERE subject.id = $customerId })
  AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id > $afterId))
WITH a ORDER BY a.at DESC, a.id LIMIT $limit
RETURN a {.id, at: toString(a.at), .actor, .role, .requestId, .action, .operation, .fields,
  customers: [(a)-[r:CONCERNS]->(subject) | {customerId: subject.id, fields: r.fields}]} AS entry
