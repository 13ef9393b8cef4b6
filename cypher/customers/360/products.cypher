// name: customers/360/products
// mode: fragment
// param $orders: positions in `answers` of the order pages whose lines name products
// param $touchpoints: positions in `answers` of the touchpoint pages
// param $signals: positions in `answers` of the social signal pages
// param $details: whether the request reads a product's category path or topics (else both are null)
// The products the pages above name, with category path and topics (as catalog/products-by-sku),
// so OrderLine.product, Touchpoint.product and SocialSignal.products need no further statement.
CALL (answers) {
  UNWIND $orders AS at
  UNWIND answers[at].answer.orders AS o
  UNWIND o.lines AS line
  RETURN line.sku AS sku
  UNION
  UNWIND $touchpoints AS at
  UNWIND answers[at].answer.touchpoints AS t
  RETURN t.sku AS sku
  UNION
  UNWIND $signals AS at
  UNWIND answers[at].answer.signals AS s
  UNWIND s.skus AS sku
  RETURN sku
}
MATCH (p:Product {sku: sku})
CALL (p) {
  WITH p WHERE $details
  OPTIONAL MATCH (p)-[:IN_CATEGORY]->(leaf:Category)
  OPTIONAL MATCH (leaf)-[:SUBCATEGORY_OF*0..]->(category:Category)
  WITH category ORDER BY category.level
  RETURN collect(category {.path, .name}) AS categoryPath
}
RETURN collect(p {.sku, .name, .brand, .price, .currency, categoryPath: CASE WHEN $details THEN categoryPath END,
                  topics: CASE WHEN $details THEN [(p)-[:ABOUT]->(topic:Topic) | topic.name] END}) AS answer
