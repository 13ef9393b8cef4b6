// name: communities/buyer-clusters/vote
// mode: write
// One round of label propagation, first half: every linked customer picks the label its links
// weigh most (the sum of their Jaccard, in millionths so sums are exact), its own label counting
// as much as its strongest link (without that, two customers linked only to each other would
// swap labels forever); ties go to the smallest label, so the outcome never depends on the order
// rows are read. All customers pick from the labels of the previous round (synchronous rounds).
MATCH (c:Customer)
WHERE c.buyerClusterLabel IS NOT NULL
CALL (c) {
  MATCH (c)-[link:BUYS_LIKE]-(d:Customer)
  WITH c, collect([d.buyerClusterLabel, toInteger(round(link.jaccard * 1000000))]) AS votes
  UNWIND votes + [[c.buyerClusterLabel, reduce(strongest = 0, vote IN votes | CASE WHEN vote[1] > strongest THEN vote[1] ELSE strongest END)]] AS vote
  WITH vote[0] AS label, sum(vote[1]) AS weight
  ORDER BY weight DESC, label
  LIMIT 1
  RETURN label
}
SET c.buyerClusterNext = label
