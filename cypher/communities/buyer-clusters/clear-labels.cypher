// name: communities/buyer-clusters/clear-labels
// mode: write
// Removes the transient labels of label propagation once the clusters are written.
MATCH (c:Customer)
WHERE c.buyerClusterLabel IS NOT NULL
REMOVE c.buyerClusterLabel
