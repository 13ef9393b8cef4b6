// name: communities/buyer-clusters/adopt
// mode: write
// One round of label propagation, second half: every customer takes the label it picked.
// `changed` counts those whose label moved; none means the clusters have settled.
MATCH (c:Customer)
WHERE c.buyerClusterNext IS NOT NULL
WITH c, c.buyerClusterNext <> c.buyerClusterLabel AS moved
SET c.buyerClusterLabel = c.buyerClusterNext
REMOVE c.buyerClusterNext
RETURN count(CASE WHEN moved THEN 1 END) AS changed
