// name: catalog/buyers
// mode: read
// param $sku: product SKU
// param $after: [lastBoughtAt, customerId] of the last buyer of the previous page, or null
// param $limit: page size plus one
// Customers who bought a product, latest purchase first.
MATCH (:Product {sku: $sku})<-[:CONTAINS]-(o:Order)<-[:PLACED]-(c:Customer)
WITH c, toString(max(o.placedAt)) AS lastBoughtAt
WHERE $after IS NULL OR [lastBoughtAt, c.id] < $after
RETURN c.id AS id, [lastBoughtAt, c.id] AS key
ORDER BY lastBoughtAt DESC, id DESC
LIMIT $limit
