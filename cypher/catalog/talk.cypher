// name: catalog/talk
// mode: read
// param $sku: product SKU
// What people say about a product: signals, distinct people, and sentiment bands (above 0.2
// positive, below -0.2 negative, the rest or none neutral).
MATCH (p:Product {sku: $sku})
OPTIONAL MATCH (p)<-[:MENTIONS]-(s:SocialSignal)
OPTIONAL MATCH (s)<-[:POSTED]-(c:Customer)
RETURN count(DISTINCT s) AS signals, count(DISTINCT c) AS customers,
       count(DISTINCT CASE WHEN s.sentiment > 0.2 THEN s END) AS positive,
       count(DISTINCT CASE WHEN s.sentiment < -0.2 THEN s END) AS negative,
       count(DISTINCT CASE WHEN s.sentiment IS NULL OR -0.2 <= s.sentiment <= 0.2 THEN s END) AS neutral,
       avg(s.sentiment) AS averageSentiment
