// name: audiences/metrics/min-lifetime-value
// mode: fragment
// param $minLifetimeValue: hundredths
// Lifetime value is at least this, measured as Customer.metrics does: the sum of the orders in the
// currency most of the customer's orders used (no order: 0).
coalesce(COLLECT {
  MATCH (c)-[:PLACED]->(o:Order) WHERE o.currency IS NOT NULL
  WITH o.currency AS currency, count(o) AS orders, sum(o.total) AS spend
  RETURN spend ORDER BY orders DESC, spend DESC, currency LIMIT 1
}[0], 0) >= $minLifetimeValue
