// name: audiences/metrics/max-lifetime-value
// mode: fragment
// param $maxLifetimeValue: hundredths
// The sum of all the customer's orders is at most this (no order: 0).
COLLECT { MATCH (c)-[:PLACED]->(o:Order) RETURN sum(o.total) AS value }[0] <= $maxLifetimeValue
