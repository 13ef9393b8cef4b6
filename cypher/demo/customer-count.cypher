// name: demo/customer-count
// mode: read
// How many customers the graph holds; the demo data is loaded only into an empty graph.
MATCH (c:Customer)
RETURN count(c) AS customers
