// name: communities/buyer-clusters/link-similar
// mode: write
// param $ids: the customers whose links to customers of greater id are computed now
// param $sizes: the size of every basket that can share enough products, by customer id
// param $popular: SKUs left out of every basket (too popular to tell buyers apart)
// param $minShared: the fewest products two baskets must share
// param $minJaccard: the lowest Jaccard similarity (shared / all distinct products of the two)
// Links similar buyers: (c)-[:BUYS_LIKE {jaccard, shared}]->(d), once per pair, from the smaller
// id. A basket is the set of distinct products ever ordered, less the popular ones. Pairs are
// found through the products they share only.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  MATCH (c)-[:PLACED]->(:Order)-[:CONTAINS]->(p:Product)
  WHERE NOT p.sku IN $popular
  RETURN collect(DISTINCT p) AS basket
}
UNWIND basket AS p
MATCH (p)<-[:CONTAINS]-(:Order)<-[:PLACED]-(d:Customer)
WHERE d.id > c.id
WITH c, d, count(DISTINCT p) AS shared
WHERE shared >= $minShared
WITH c, d, shared, toFloat(shared) / ($sizes[c.id] + $sizes[d.id] - shared) AS jaccard
WHERE jaccard >= $minJaccard
CREATE (c)-[:BUYS_LIKE {jaccard: jaccard, shared: shared}]->(d)
RETURN count(*) AS links
