// name: analyst/talked-about-products
// mode: read
// param $since: ISO instant: only signals from then on
// The products people talk about most in public since $since, with their sentiment.
MATCH (p:Product)<-[:MENTIONS]-(s:SocialSignal)
WHERE s.at >= datetime($since)
RETURN p.sku AS product, p.name AS name, count(s) AS signals,
       count(CASE WHEN s.sentiment > 0.2 THEN 1 END) AS positive,
       count(CASE WHEN s.sentiment < -0.2 THEN 1 END) AS negative,
       round(avg(s.sentiment), 2) AS averageSentiment
ORDER BY signals DESC, product
