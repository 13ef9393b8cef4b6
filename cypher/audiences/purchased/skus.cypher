// name: audiences/purchased/skus
// mode: fragment
// param $skus: product SKUs
// The product is one of these.
p.sku IN $skus
