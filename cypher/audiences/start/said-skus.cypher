// name: audiences/start/said-skus
// mode: fragment
// param $skus: product SKUs
// Customers with a social signal mentioning one of the products.
MATCH (p:Product)<-[:MENTIONS]-(:SocialSignal)<-[:POSTED]-(c:Customer)
WHERE p.sku IN $skus
WITH DISTINCT c
