// name: customers/orders
// mode: read
// param $requests: list of {id, after: [placedAt, orderId] or null, limit}: one page of orders per customer
// Pages of orders, newest first, with their lines, for several customers at once; `total` is how
// many orders each customer has.
UNWIND range(0, size($requests) - 1) AS index
WITH index, $requests[index] AS request
OPTIONAL MATCH (c:Customer {id: request.id})
CALL (c, request) {
  OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
  WITH o ORDER BY o.placedAt DESC, o.id DESC
  WITH collect(o) AS orders
  RETURN size(orders) AS total,
         [o IN orders WHERE request.after IS NULL OR [toString(o.placedAt), o.id] < request.after][..request.limit] AS page
}
RETURN index, total,
       [o IN page | o {.id, .placedAt, .currency, .total, key: [toString(o.placedAt), o.id],
                       channel: [(o)-[:VIA]->(channel) | channel.name][0],
                       lines: [(o)-[line:CONTAINS]->(p:Product) | {sku: p.sku, quantity: line.quantity, unitPrice: line.unitPrice}]}] AS orders
