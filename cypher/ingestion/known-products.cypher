// name: ingestion/known-products
// mode: read
// param $skus: product SKUs that orders, touchpoints or signals of a batch refer to
// The SKUs among them that exist, so a reference to an unknown product is rejected, not invented.
UNWIND $skus AS sku
MATCH (p:Product {sku: sku})
RETURN p.sku AS sku
