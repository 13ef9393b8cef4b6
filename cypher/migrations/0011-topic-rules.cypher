// name: migrations/0011-topic-rules
// mode: schema
// The one record of which topic rules the topics' terms and COVERS links follow.
CREATE CONSTRAINT topic_rules_id IF NOT EXISTS
FOR (r:TopicRules) REQUIRE r.id IS UNIQUE
