// name: customers/360/metrics
// mode: fragment
// Customer.metrics: order figures per currency and first and last seen (as customers/metrics),
// with the graph's order count, which tells whether the kept RFM boundaries still hold.
CALL (c) {
  OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
  WITH o.currency AS currency, count(o) AS orders, sum(o.total) AS spend, max(o.placedAt) AS lastOrderAt
  ORDER BY orders DESC, spend DESC, currency
  RETURN [x IN collect({currency: currency, orders: orders, spend: spend}) WHERE x.currency IS NOT NULL] AS byCurrency,
         sum(orders) AS orderCount, max(lastOrderAt) AS lastOrderAt
}
CALL (c) {
  OPTIONAL MATCH (c)-[:DID|PLACED]->(event)
  WITH coalesce(event.at, event.placedAt) AS at
  RETURN min(at) AS firstSeenAt, max(at) AS lastSeenAt
}
CALL () {
  MATCH (o:Order)
  RETURN count(o) AS allOrders
}
RETURN {customerId: c.id, byCurrency: byCurrency, orderCount: orderCount, lastOrderAt: lastOrderAt, firstSeenAt: firstSeenAt,
        lastSeenAt: lastSeenAt, allOrders: allOrders} AS answer
