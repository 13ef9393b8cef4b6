// name: customers/metrics
// mode: read
// param $ids: customer ids
// Order figures per customer (per currency, most used first) and when each was first and last
// seen through any order or touchpoint.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
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
RETURN id AS customerId, byCurrency, orderCount, lastOrderAt, firstSeenAt, lastSeenAt
