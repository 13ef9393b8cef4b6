// name: test-support/merged-ids
// mode: read
// param $id: a live customer id
// The ids of the customers merged into it.
MATCH (m:MergedCustomer)-[:MERGED_INTO*1..20]->(:Customer {id: $id})
RETURN m.id AS id
ORDER BY id
