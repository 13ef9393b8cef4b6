// name: communities/buyer-clusters/popular-products
// mode: read
// param $maxBuyerShare: a product bought by more than this share of all buyers is popular
// param $maxBuyers: a product bought by more customers than this is popular
// How many customers bought anything, and the products too popular to say anything about taste
// (bought by nearly everyone, they would link every buyer to every other).
MATCH (c:Customer)-[:PLACED]->(:Order)-[:CONTAINS]->(p:Product)
WITH p, count(DISTINCT c) AS productBuyers
WITH collect([p.sku, productBuyers]) AS products
CALL () {
  MATCH (c:Customer)
  WHERE EXISTS { (c)-[:PLACED]->(:Order)-[:CONTAINS]->(:Product) }
  RETURN count(c) AS buyers
}
RETURN buyers, [product IN products WHERE product[1] > $maxBuyerShare * buyers OR product[1] > $maxBuyers | product[0]] AS popular
