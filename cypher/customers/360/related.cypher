// name: customers/360/related
// mode: fragment
// param $limit: how many related customers
// Customer.related: customers sharing an identifier, an address or two products, strongest
// connection first (as customers/related).
CALL (c) {
  MATCH (c)-[:HAS_IDENTITY]->(i:Identity)<-[:HAS_IDENTITY]-(other:Customer)
  RETURN other, 'SHARED_IDENTIFIER' AS reason, i {.type, .value} AS identity, 0 AS products
  UNION ALL
  MATCH (other:Customer {postcode: c.postcode})
  WHERE other <> c AND other.country = c.country AND toLower(other.street) = toLower(c.street)
  RETURN other, 'SAME_ADDRESS' AS reason, null AS identity, 0 AS products
  UNION ALL
  MATCH (c)-[:PLACED]->(:Order)-[:CONTAINS]->(p:Product)<-[:CONTAINS]-(:Order)<-[:PLACED]-(other:Customer)
  WHERE other <> c
  WITH other, count(DISTINCT p) AS products
  WHERE products >= 2
  RETURN other, 'SIMILAR_PURCHASES' AS reason, null AS identity, products
}
WITH other, collect(DISTINCT reason) AS reasons, collect(DISTINCT identity) AS shared, max(products) AS products
ORDER BY size(reasons) DESC, size(shared) DESC, products DESC, other.id
WITH collect({customerId: other.id, reasons: reasons, sharedIdentities: shared, sharedProducts: products}) AS related
RETURN related[..$limit] AS answer
