// name: communities/buyer-clusters/start-labels
// mode: write
// Label propagation starts with every linked customer in a cluster of its own, labelled with
// its own id (a transient property, removed when the clusters are written).
MATCH (c:Customer)
WHERE EXISTS { (c)-[:BUYS_LIKE]-(:Customer) }
SET c.buyerClusterLabel = c.id
RETURN count(c) AS linked
