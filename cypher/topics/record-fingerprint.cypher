// name: topics/record-fingerprint
// mode: write
// param $fingerprint: the fingerprint of rules/topics.yaml (src/topics/rules.ts)
// Remembers which topic rules the stored terms and links follow.
MERGE (rules:TopicRules {id: 'topics'})
SET rules.fingerprint = $fingerprint, rules.at = datetime()
