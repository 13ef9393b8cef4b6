// name: catalog/also-bought
// mode: read
// param $sku: product SKU
// param $limit: how many products
// Products bought by customers who bought this one, most shared buyers first.
MATCH (p:Product {sku: $sku})<-[:CONTAINS]-(:Order)<-[:PLACED]-(c:Customer)
WITH p, collect(DISTINCT c) AS buyers
UNWIND buyers AS c
MATCH (c)-[:PLACED]->(:Order)-[:CONTAINS]->(other:Product)
WHERE other <> p
WITH other, count(DISTINCT c) AS customers
RETURN other.sku AS sku, customers
ORDER BY customers DESC, sku
LIMIT $limit
