// name: bench/audience
// mode: read
// param $category: category path
// param $channel: touchpoint channel
// param $type: touchpoint type
// param $topic: topic name
// The hand-written query for bench/api.ts's three-category audience (bought in a category,
// had a touchpoint of a type on a channel, talked about a topic): the first 20 in id order.
MATCH (:Category {path: $category})<-[:SUBCATEGORY_OF*0..]-(:Category)<-[:IN_CATEGORY]-(p:Product)
WITH collect(p) AS products
MATCH (:Topic {name: $topic})<-[:MENTIONS]-(:SocialSignal)<-[:POSTED]-(c:Customer)
WITH DISTINCT c, products
WHERE EXISTS { MATCH (c)-[:DID]->(t:Touchpoint) WHERE t.type = $type AND t.channel = $channel }
  AND EXISTS { MATCH (c)-[:PLACED]->(:Order)-[:CONTAINS]->(p:Product) WHERE p IN products }
WITH c ORDER BY c.id LIMIT 20
RETURN c.id AS id, c.givenName AS givenName, c.familyName AS familyName
