// name: customers/list/by-ids
// mode: fragment
// param $ids: customer ids in the list's order; an id merged into another customer resolves to the survivor
// The customers of ids another statement found (a segment's members, a product's buyers), as
// customers/by-ids finds them: rows `c, key` (key: the id asked by) for customers/list/view.
UNWIND $ids AS id
OPTIONAL MATCH (live:Customer {id: id})
OPTIONAL MATCH (:MergedCustomer {id: id})-[:MERGED_INTO*1..20]->(survivor:Customer)
WITH coalesce(live, survivor) AS c, id AS key
WHERE c IS NOT NULL
