// name: privacy/subject
// mode: fragment
// param $id: a customer id, possibly merged into another or already erased
// Whose data a privacy request is about: the live customer behind the id (an id merged away
// resolves to its survivor), or the erased customer the id became (so erasure can be repeated).
// slot {{liveCustomer}}: customers/live-customer
WITH $id AS id
{{liveCustomer}}
OPTIONAL MATCH (erased:ErasedCustomer)
WHERE erased.id = $id OR $id IN erased.mergedIds
RETURN c.id AS id, erased.id AS erasedId
LIMIT 1
