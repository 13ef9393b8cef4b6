// name: audiences/start/touched-skus
// mode: fragment
// param $skus: product SKUs
// Customers with a touchpoint about one of the products.
MATCH (p:Product)<-[:ABOUT]-(:Touchpoint)<-[:DID]-(c:Customer)
WHERE p.sku IN $skus
WITH DISTINCT c
