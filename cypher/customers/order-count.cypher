// name: customers/order-count
// mode: read
// How many orders the graph holds (a count-store read): RFM boundaries are recomputed when it changes.
MATCH (o:Order)
RETURN count(o) AS orders
