// name: analyst/co-purchase-pairs
// mode: read
// param $minCustomers: the fewest customers who must have bought both products
// Pairs of products bought by the same customers, most shared buyers first.
MATCH (c:Customer)-[:PLACED]->(:Order)-[:CONTAINS]->(p:Product)
WITH c, collect(DISTINCT p) AS products
UNWIND products AS a
UNWIND products AS b
WITH a, b, c WHERE a.sku < b.sku
WITH a, b, count(c) AS customers
WHERE customers >= $minCustomers
RETURN a.sku AS productA, a.name AS nameA, b.sku AS productB, b.name AS nameB, customers
ORDER BY customers DESC, productA, productB
