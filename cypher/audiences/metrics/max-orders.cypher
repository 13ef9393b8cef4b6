// name: audiences/metrics/max-orders
// mode: fragment
// param $maxOrders: a count
// The customer placed at most this many orders.
COUNT { (c)-[:PLACED]->(:Order) } <= $maxOrders
