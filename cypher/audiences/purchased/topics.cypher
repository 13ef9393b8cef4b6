// name: audiences/purchased/topics
// mode: fragment
// param $topics: topic names (lower case)
// The product is covered by one of the topics (by the catalogue's links or by name: topics/reach).
EXISTS { (p)<-[:COVERS]-(topic:Topic) WHERE topic.name IN $topics }
