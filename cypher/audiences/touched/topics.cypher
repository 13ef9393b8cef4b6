// name: audiences/touched/topics
// mode: fragment
// param $topics: topic names (lower case)
// The touchpoint is about one of the topics.
EXISTS { (t)-[:ABOUT]->(topic:Topic) WHERE topic.name IN $topics }
