// name: audiences/in-household/member
// mode: fragment
// param $minSize: the smallest household size that counts
// Customer c belongs to a household of at least $minSize customers.
EXISTS { (c)-[:IN_HOUSEHOLD]->(h:Household) WHERE h.size >= $minSize }
