// name: communities/buyer-clusters/baskets
// mode: read
// param $popular: SKUs left out of every basket
// param $minShared: the fewest products two baskets must share (a smaller basket cannot)
// The size of every basket that can share enough products, in customer id order: the
// similarity links are computed a slice of these customers at a time, and every slice gets all
// the sizes, so a pair's Jaccard needs no second look at the other customer's orders.
MATCH (c:Customer)-[:PLACED]->(:Order)-[:CONTAINS]->(p:Product)
WHERE NOT p.sku IN $popular
WITH c.id AS id, count(DISTINCT p) AS size
WHERE size >= $minShared
RETURN id, size ORDER BY id
