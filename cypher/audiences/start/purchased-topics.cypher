// name: audiences/start/purchased-topics
// mode: fragment
// param $topics: topic names (lower case)
// Customers who ever ordered a product one of the topics covers.
MATCH (t:Topic)-[:COVERS]->(p:Product)
WHERE t.name IN $topics
MATCH (c:Customer)-[:PLACED]->(:Order)-[:CONTAINS]->(p)
WITH DISTINCT c
