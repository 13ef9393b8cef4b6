// name: audiences/start/touched-topics
// mode: fragment
// param $topics: topic names (lower case)
// Customers with a touchpoint about one of the topics.
MATCH (t:Topic)<-[:ABOUT]-(:Touchpoint)<-[:DID]-(c:Customer)
WHERE t.name IN $topics
WITH DISTINCT c
