// name: audiences/start/among
// mode: fragment
// param $among: the customer ids to check
// Only the given customers: a segment re-checks the customers an import just changed.
UNWIND $among AS id
MATCH (c:Customer {id: id})
