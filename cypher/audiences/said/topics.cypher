// name: audiences/said/topics
// mode: fragment
// param $topics: topic names (lower case)
// The signal mentions one of the topics.
EXISTS { (s)-[:MENTIONS]->(topic:Topic) WHERE topic.name IN $topics }
