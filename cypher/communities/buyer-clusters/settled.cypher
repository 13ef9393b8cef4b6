// name: communities/buyer-clusters/settled
// mode: read
// param $minSize: the fewest members a cluster has
// The labels label propagation settled on that hold enough customers to be a cluster, each with
// its smallest member id (from which the cluster's id is derived).
MATCH (c:Customer)
WHERE c.buyerClusterLabel IS NOT NULL
WITH c.buyerClusterLabel AS label, min(c.id) AS smallest, count(c) AS size
WHERE size >= $minSize
RETURN label, smallest
