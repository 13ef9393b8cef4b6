// name: communities/buyer-clusters/replace-clusters
// mode: write
// param $clusterIds: the id of each cluster by its label (labels held by too few customers are absent)
// param $describeTop: how many categories and products describe what a cluster buys
// param $popular: SKUs left out of the baskets, left out of the descriptions too
// param $now: ISO instant of the detection
// Replaces the buyer clusters with the labels propagation settled on:
// (Customer)-[:IN_CLUSTER]->(BuyerCluster {id, size, detectedAt, what its members buy}). What it
// buys: the categories and products most of its members bought, each with how many did.
CALL () {
  MATCH (old:BuyerCluster)
  DETACH DELETE old
}
WITH 1 AS once
MATCH (c:Customer)
WHERE c.buyerClusterLabel IS NOT NULL
WITH c.buyerClusterLabel AS label, collect(c) AS members
WHERE $clusterIds[label] IS NOT NULL
CALL (members) {
  UNWIND members AS member
  MATCH (member)-[:PLACED]->(:Order)-[:CONTAINS]->(p:Product)
  WHERE NOT p.sku IN $popular
  WITH p, count(DISTINCT member) AS buyers
  ORDER BY buyers DESC, p.sku
  LIMIT $describeTop
  RETURN collect(p.sku) AS products, collect(buyers) AS productBuyers
}
CALL (members) {
  UNWIND members AS member
  MATCH (member)-[:PLACED]->(:Order)-[:CONTAINS]->(p:Product)-[:IN_CATEGORY]->(category:Category)
  WHERE NOT p.sku IN $popular
  WITH category, count(DISTINCT member) AS buyers
  ORDER BY buyers DESC, category.path
  LIMIT $describeTop
  RETURN collect(category.path) AS categories, collect(buyers) AS categoryBuyers
}
CREATE (cluster:BuyerCluster {
  id: $clusterIds[label], size: size(members), detectedAt: datetime($now),
  topProducts: products, topProductBuyers: productBuyers, topCategories: categories, topCategoryBuyers: categoryBuyers
})
WITH cluster, members
UNWIND members AS member
CREATE (member)-[:IN_CLUSTER]->(cluster)
RETURN count(DISTINCT cluster) AS clusters, count(member) AS customers
