// name: analyst/topic-reach
// mode: read
// param $since: ISO instant: count buyers from then on
// param $limit: how many topics
// What each topic covers in the catalogue (topics/reach: the catalogue's own links, or the words
// of the topic or a synonym in category paths and product names), and how many customers bought
// a covered product since $since. Most buyers first.
MATCH (t:Topic)
CALL (t) {
  OPTIONAL MATCH (t)-[:COVERS]->(category:Category)
  RETURN collect(category.path) AS categories
}
CALL (t) {
  OPTIONAL MATCH (t)-[covers:COVERS]->(p:Product)
  RETURN count(p) AS products, count(CASE covers.by WHEN 'name' THEN 1 END) AS byName
}
CALL (t) {
  OPTIONAL MATCH (t)-[:COVERS]->(:Product)<-[:CONTAINS]-(o:Order)<-[:PLACED]-(c:Customer)
  WHERE o.placedAt >= datetime($since)
  RETURN count(DISTINCT c) AS buyers
}
WITH t, categories, products, byName, buyers
WHERE products > 0 OR size(categories) > 0
RETURN t.name AS topic, categories, products, byName AS productsByName, buyers
ORDER BY buyers DESC, topic
LIMIT $limit
