// name: audiences/touched/skus
// mode: fragment
// param $skus: product SKUs
// The touchpoint is about one of the products.
EXISTS { (t)-[:ABOUT]->(p:Product) WHERE p.sku IN $skus }
