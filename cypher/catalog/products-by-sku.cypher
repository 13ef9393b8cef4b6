// name: catalog/products-by-sku
// mode: read
// param $skus: product SKUs
// Products with their category path from the root and their topics (one round trip for a page).
UNWIND $skus AS sku
MATCH (p:Product {sku: sku})
CALL (p) {
  OPTIONAL MATCH (p)-[:IN_CATEGORY]->(leaf:Category)
  OPTIONAL MATCH (leaf)-[:SUBCATEGORY_OF*0..]->(category:Category)
  WITH category ORDER BY category.level
  RETURN collect(category {.path, .name}) AS categoryPath
}
RETURN p {.sku, .name, .brand, .price, .currency, categoryPath: categoryPath,
          topics: [(p)-[:ABOUT]->(topic:Topic) | topic.name]} AS product
