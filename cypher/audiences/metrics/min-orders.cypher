// name: audiences/metrics/min-orders
// mode: fragment
// param $minOrders: a count
// The customer placed at least this many orders.
COUNT { (c)-[:PLACED]->(:Order) } >= $minOrders
