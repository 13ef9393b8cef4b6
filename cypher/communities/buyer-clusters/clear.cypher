// name: communities/buyer-clusters/clear
// mode: write
// param $limit: how many links to delete in this transaction
// Forgets the similarity links of the previous detection, a slice at a time (those of customers
// merged away since included), and any label left by a detection that stopped half-way.
CALL () {
  MATCH (c:Customer|MergedCustomer)
  WHERE c.buyerClusterLabel IS NOT NULL OR c.buyerClusterNext IS NOT NULL
  REMOVE c.buyerClusterLabel, c.buyerClusterNext
}
MATCH ()-[link:BUYS_LIKE]->()
WITH link LIMIT $limit
DELETE link
RETURN count(*) AS deleted
