// name: bench/sample-customers
// mode: read
// param $limit: how many
// Customers with at least one order, spread over the graph, for the API benchmark to ask about.
MATCH (c:Customer)
WHERE EXISTS { (c)-[:PLACED]->() }
WITH c ORDER BY c.id
WITH collect(c.id) AS ids
RETURN [index IN range(0, $limit - 1) | ids[toInteger(index * size(ids) / $limit)]] AS ids
