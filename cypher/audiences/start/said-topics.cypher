// name: audiences/start/said-topics
// mode: fragment
// param $topics: topic names (lower case)
// Customers with a social signal mentioning one of the topics.
MATCH (t:Topic)<-[:MENTIONS]-(:SocialSignal)<-[:POSTED]-(c:Customer)
WHERE t.name IN $topics
WITH DISTINCT c
