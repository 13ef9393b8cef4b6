// name: engagement/topic-customers
// mode: read
// param $name: topic name
// param $after: [engagements, customerId] of the last customer of the previous page, or null
// param $limit: page size plus one
// Customers who engage with a topic (signals mentioning it, touchpoints about it), most engaged
// first; `total` is how many there are.
MATCH (topic:Topic {name: $name})
CALL (topic) {
  MATCH (topic)<-[:MENTIONS]-(:SocialSignal)<-[:POSTED]-(c:Customer)
  RETURN c
  UNION ALL
  MATCH (topic)<-[:ABOUT]-(:Touchpoint)<-[:DID]-(c:Customer)
  RETURN c
}
WITH c.id AS id, count(*) AS engagements
ORDER BY engagements DESC, id
WITH collect([engagements, id]) AS ranked
RETURN size(ranked) AS total,
       [key IN ranked WHERE $after IS NULL OR key[0] < $after[0] OR (key[0] = $after[0] AND key[1] > $after[1])][..$limit] AS keys
