// name: audiences/said/skus
// mode: fragment
// param $skus: product SKUs
// The signal mentions one of the products.
EXISTS { (s)-[:MENTIONS]->(p:Product) WHERE p.sku IN $skus }
