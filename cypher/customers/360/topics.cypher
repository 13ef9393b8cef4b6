// name: customers/360/topics
// mode: fragment
// Customer.topics: topics from signals mentioning them and touchpoints about them, most engaged
// first (as customers/topics).
CALL (c) {
  MATCH (c)-[:POSTED]->(s:SocialSignal)-[:MENTIONS]->(topic:Topic)
  RETURN topic, 1 AS signal, 0 AS touchpoint, s.sentiment AS sentiment, s.at AS at
  UNION ALL
  MATCH (c)-[:DID]->(t:Touchpoint)-[:ABOUT]->(topic:Topic)
  RETURN topic, 0 AS signal, 1 AS touchpoint, null AS sentiment, t.at AS at
}
WITH topic.name AS topic, sum(signal) AS signals, sum(touchpoint) AS touchpoints, avg(sentiment) AS sentiment, max(at) AS lastAt
ORDER BY signals + touchpoints DESC, lastAt DESC, topic
RETURN collect({topic: topic, signals: signals, touchpoints: touchpoints, sentiment: sentiment, lastAt: lastAt}) AS answer
