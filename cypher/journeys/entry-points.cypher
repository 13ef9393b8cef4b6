// name: journeys/entry-points
// mode: read
// param $limit: how many of the largest groups to return
// Where customers enter: the channel (a social signal's platform) of each customer's first step
// (the one no NEXT points at) by the customer's country, largest groups first, with the number of
// customers who have a journey.
MATCH (c:Customer)-[:DID|PLACED|POSTED]->(first)
WHERE NOT EXISTS { (first)<-[:NEXT]-() }
WITH coalesce(first.channel, first.platform) AS channel, c.country AS country, count(*) AS customers
ORDER BY customers DESC, channel, country
WITH collect({channel: channel, country: country, customers: customers}) AS points, sum(customers) AS total
RETURN total, points[..$limit] AS points
