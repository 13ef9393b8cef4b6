// name: test-support/customer-resolve-id
// mode: read
// param $id: a customer id, possibly of a customer since merged into another
// The id of the live customer behind an id: itself, or the survivor its merges lead to.
OPTIONAL MATCH (live:Customer {id: $id})
OPTIONAL MATCH (:MergedCustomer {id: $id})-[:MERGED_INTO*1..20]->(survivor:Customer)
RETURN coalesce(live.id, survivor.id) AS id
