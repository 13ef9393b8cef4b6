// name: customers/360/orders
// mode: fragment
// param $after: [placedAt, orderId] of the last order of the previous page, or null
// param $limit: page size plus one
// Customer.orders: a page of orders, newest first, with lines; `total` is how many (as customers/orders).
OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
WITH o ORDER BY o.placedAt DESC, o.id DESC
WITH collect(o) AS orders
WITH size(orders) AS total, [o IN orders WHERE $after IS NULL OR [toString(o.placedAt), o.id] < $after][..$limit] AS page
RETURN {total: total,
        orders: [o IN page | o {.id, .placedAt, .currency, .total, key: [toString(o.placedAt), o.id],
                                channel: [(o)-[:VIA]->(channel) | channel.name][0],
                                lines: [(o)-[line:CONTAINS]->(p:Product) | {sku: p.sku, quantity: line.quantity, unitPrice: line.unitPrice}]}]} AS answer
