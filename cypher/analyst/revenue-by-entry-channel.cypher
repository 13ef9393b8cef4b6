// name: analyst/revenue-by-entry-channel
// mode: read
// Revenue by the channel through which customers first came in (their journey's first step; a
// social signal's channel is its platform):
// customers, buyers among them, and what they spent (hundredths, currencies added as they are).
MATCH (c:Customer)-[:DID|PLACED|POSTED]->(first)
WHERE NOT EXISTS { (c)-[:DID|PLACED|POSTED]->()-[:NEXT]->(first) }
WITH c, coalesce(first.channel, first.platform) AS entryChannel
CALL (c) {
  OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
  RETURN sum(o.total) AS spend, count(o) AS orders
}
RETURN entryChannel, count(c) AS customers, count(CASE WHEN orders > 0 THEN 1 END) AS buyers, sum(spend) AS revenueMinor
ORDER BY revenueMinor DESC, entryChannel
