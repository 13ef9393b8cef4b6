// name: audiences/start/purchased-skus
// mode: fragment
// param $skus: product SKUs
// Customers who ever ordered one of the products: the start when a purchase names products.
MATCH (p:Product) WHERE p.sku IN $skus
MATCH (c:Customer)-[:PLACED]->(:Order)-[:CONTAINS]->(p)
WITH DISTINCT c
