// name: communities/buyer-clusters/popular-products
// mode: read
// param $maxBuyerShare: a product bought by more than this share of all buyers is popular
// param $maxBuyers: a product bought by more customers than this is popular
// The products too popular to say anything about taste (bought by nearly everyone, they would
// link every buyer to every other), and how many customers bought anything.
CALL () {
  MATCH (c:Customer)
  WHERE EXISTS { (c)-[:PLACED]->(:Order)-[:CONTAINS]->(:Product) }
  RETURN count(c) AS buyers
}
CALL () {
  MATCH (c:Customer)-[:PLACED]->(:Order)-[:CONTAINS]->(p:Product)
  RETURN p.sku AS sku, count(DISTINCT c) AS productBuyers
}
WITH buyers, sku, productBuyers
WHERE productBuyers > $maxBuyerShare * buyers OR productBuyers > $maxBuyers
RETURN sku ORDER BY sku
