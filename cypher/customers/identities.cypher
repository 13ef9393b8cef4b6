// name: customers/identities
// mode: read
// param $ids: customer ids whose identifiers are wanted
// The identifiers of several customers at once, ordered by type then value.
UNWIND $ids AS id
MATCH (:Customer {id: id})-[:HAS_IDENTITY]->(i:Identity)
WITH id, i ORDER BY i.type, i.value
RETURN id AS customerId, collect({type: i.type, value: i.value, firstSeenAt: i.firstSeenAt}) AS identities
