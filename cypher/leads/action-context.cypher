// name: leads/action-context
// mode: read
// param $ids: customer ids
// param $topics: how many of the customer's topics to consider
// param $since: ISO instant the contact frequency window starts at
// What the next best action for each customer weighs: the topics they engage with most (signals and
// touchpoints about them), the hours of the day (UTC) they are active, and the contacts
// activations made within the frequency window.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  CALL (c) {
    MATCH (c)-[:POSTED]->(:SocialSignal)-[:MENTIONS]->(topic:Topic)
    RETURN topic
    UNION ALL
    MATCH (c)-[:POSTED]->(:SocialSignal)-[:MENTIONS]->(:Product)-[:ABOUT]->(topic:Topic)
    RETURN topic
    UNION ALL
    MATCH (c)-[:DID]->(:Touchpoint)-[:ABOUT]->(topic:Topic)
    RETURN topic
    UNION ALL
    MATCH (c)-[:DID]->(:Touchpoint)-[:ABOUT]->(:Product)-[:ABOUT]->(topic:Topic)
    RETURN topic
  }
  WITH topic.name AS topic, count(*) AS engagements
  ORDER BY engagements DESC, topic
  LIMIT $topics
  RETURN collect(topic) AS topics
}
CALL (c) {
  OPTIONAL MATCH (c)-[:DID|PLACED]->(event)
  WITH coalesce(event.at, event.placedAt).hour AS hour, count(event) AS events
  WHERE hour IS NOT NULL
  RETURN collect({hour: hour, events: events}) AS hours
}
CALL (c) {
  OPTIONAL MATCH (c)-[contact:CONTACTED]->()
  WHERE contact.at >= datetime($since)
  WITH contact ORDER BY contact.at
  RETURN collect(contact.at) AS contacts
}
RETURN c.id AS customerId, topics, hours, contacts
