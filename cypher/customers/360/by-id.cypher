// name: customers/360/by-id
// mode: fragment
// param $id: a customer id; an id merged into another customer resolves to the survivor
// The customer of an id, as customers/by-ids finds it.
OPTIONAL MATCH (live:Customer {id: $id})
OPTIONAL MATCH (:MergedCustomer {id: $id})-[:MERGED_INTO*1..20]->(survivor:Customer)
WITH coalesce(live, survivor) AS c
WHERE c IS NOT NULL
