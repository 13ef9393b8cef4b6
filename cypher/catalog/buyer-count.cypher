// name: catalog/buyer-count
// mode: read
// param $sku: product SKU
// How many customers bought a product.
MATCH (:Product {sku: $sku})<-[:CONTAINS]-(:Order)<-[:PLACED]-(c:Customer)
RETURN count(DISTINCT c) AS count
