// name: test-support/order-lines
// mode: read
// param $id: order id (source|sourceId)
// An order's lines, its channel and the customer who placed it.
MATCH (o:Order {id: $id})
RETURN [(o)-[line:CONTAINS]->(p) | {sku: p.sku, quantity: line.quantity, unitPrice: line.unitPrice}] AS lines,
       [(o)-[:VIA]->(channel) | channel.name] AS channels,
       [(c:Customer)-[:PLACED]->(o) | c.id] AS customers,
       o.total AS total
