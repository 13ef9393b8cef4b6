// name: test-support/forget-derived-targeting
// mode: write
// Leaves the graph as a version before stored words, topic links and social journey steps would
// have: no words on texts, no terms or COVERS links on topics, no record of the topic rules, and
// no NEXT links to or from social signals.
CALL () {
  MATCH (n) WHERE n:Product OR n:Category OR n:Touchpoint OR n:SocialSignal
  REMOVE n.words
}
CALL () {
  MATCH (t:Topic)
  OPTIONAL MATCH (t)-[covers:COVERS]->()
  REMOVE t.terms
  DELETE covers
}
CALL () {
  MATCH (rules:TopicRules)
  DELETE rules
}
CALL () {
  MATCH (:SocialSignal)-[next:NEXT]-()
  WITH DISTINCT next
  DELETE next
}
