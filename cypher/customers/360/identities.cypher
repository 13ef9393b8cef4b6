// name: customers/360/identities
// mode: fragment
// Customer.identities: the identifiers, ordered by type then value (as customers/identities).
MATCH (c)-[:HAS_IDENTITY]->(i:Identity)
WITH i ORDER BY i.type, i.value
RETURN collect({type: i.type, value: i.value, firstSeenAt: toString(i.firstSeenAt)}) AS answer
