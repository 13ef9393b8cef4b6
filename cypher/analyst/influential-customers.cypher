// name: analyst/influential-customers
// mode: read
// param $minSignals: the fewest public posts, reviews and mentions a customer must have made
// column customer: CUSTOMER_ID
// column givenName: NAME
// column familyName: NAME
// Customers whose public voice carries: how much they post and review about products, how
// positive they are, and how many other customers bought what they talked about afterwards.
MATCH (c:Customer)-[:POSTED]->(s:SocialSignal)
WHERE s.type IN ['POST', 'REVIEW', 'MENTION']
WITH c, count(s) AS signals, avg(s.sentiment) AS sentiment, collect(s) AS said
WHERE signals >= $minSignals
CALL (c, said) {
  UNWIND said AS s
  MATCH (s)-[:MENTIONS]->(p:Product)<-[:CONTAINS]-(o:Order)<-[:PLACED]-(other:Customer)
  WHERE other <> c AND o.placedAt > s.at
  RETURN count(DISTINCT other) AS followers
}
RETURN c.id AS customer, c.givenName AS givenName, c.familyName AS familyName, signals,
       round(sentiment, 2) AS averageSentiment, followers
ORDER BY followers DESC, signals DESC, customer
