// name: topics/fingerprint
// mode: read
// The fingerprint of the topic rules the stored terms and links were computed with, if any.
MATCH (rules:TopicRules {id: 'topics'})
RETURN rules.fingerprint AS fingerprint
