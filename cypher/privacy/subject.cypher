// name: privacy/subject
// mode: read
// param $id: a customer id, possibly merged into another or already erased
// Whose data a privacy request is about: the live customer behind the id (an id merged away
// resolves to its survivor), or the erased customer the id became (so erasure can be repeated).
OPTIONAL MATCH (live:Customer {id: $id})
OPTIONAL MATCH (:MergedCustomer {id: $id})-[:MERGED_INTO*1..20]->(survivor:Customer)
OPTIONAL MATCH (erased:ErasedCustomer)
WHERE erased.id = $id OR $id IN erased.mergedIds
RETURN coalesce(live.id, survivor.id) AS id, erased.id AS erasedId
LIMIT 1
