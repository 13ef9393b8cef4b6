// name: customers/live-customer
// mode: fragment
// The merged-id walk forwards: the live customer behind the id `id` in scope, the customer itself
// or the survivor its merges lead to (at most 20 deep), as `c` (null when there is neither).
CALL (id) {
  OPTIONAL MATCH (live:Customer {id: id})
  OPTIONAL MATCH (:MergedCustomer {id: id})-[:MERGED_INTO*1..20]->(survivor:Customer)
  RETURN coalesce(live, survivor) AS c
}
