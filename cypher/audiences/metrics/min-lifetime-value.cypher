// name: audiences/metrics/min-lifetime-value
// mode: fragment
// param $minLifetimeValue: hundredths
// The sum of all the customer's orders is at least this (no order: 0).
COLLECT { MATCH (c)-[:PLACED]->(o:Order) RETURN sum(o.total) AS value }[0] >= $minLifetimeValue
