// name: analyst/revenue-by-entry-channel
// mode: read
// Revenue by the channel through which customers first came in (their journey's first step):
// customers, buyers among them, and what they spent (hundredths, currencies added as they are).
MATCH (c:Customer)-[:DID|PLACED]->(first)
WHERE NOT EXISTS { (c)-[:DID|PLACED]->()-[:NEXT]->(first) }
WITH c, coalesce(first.channel, [(first)-[:VIA]->(channel) | channel.name][0]) AS entryChannel
CALL (c) {
  OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
  RETURN sum(o.total) AS spend, count(o) AS orders
}
RETURN entryChannel, count(c) AS customers, count(CASE WHEN orders > 0 THEN 1 END) AS buyers, sum(spend) AS revenueMinor
ORDER BY revenueMinor DESC, entryChannel
