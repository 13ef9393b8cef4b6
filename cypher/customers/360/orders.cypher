// name: customers/360/orders
// mode: fragment
// param $items: whether the request reads the page (nodes, edges, pageInfo) and not only totalCount
// param $after: [placedAt, orderId] of the last order of the previous page, or null
// param $limit: page size plus one
// param $lines: whether the request reads the orders' lines
// param $channel: whether the request reads the orders' channel
// Customer.orders: a page of orders, newest first, with lines; `total` is how many (as
// customers/orders). Only the page's orders are projected, with lines and channel only when asked
// for; none when only the count is asked.
CALL (c) {
  WITH c WHERE $items
  MATCH (c)-[:PLACED]->(o:Order)
  WHERE $after IS NULL OR [toString(o.placedAt), o.id] < $after
  WITH o ORDER BY o.placedAt DESC, o.id DESC LIMIT $limit
  RETURN collect(o {.id, placedAt: toString(o.placedAt), .currency, .total, key: [toString(o.placedAt), o.id],
                    channel: CASE WHEN $channel THEN [(o)-[:VIA]->(channel) | channel.name][0] END,
                    lines: CASE WHEN $lines THEN [(o)-[line:CONTAINS]->(p:Product) | {sku: p.sku, quantity: line.quantity, unitPrice: line.unitPrice}] END}) AS page
}
RETURN {total: COUNT { (c)-[:PLACED]->(:Order) }, orders: page} AS answer
