// name: customers/channels
// mode: read
// param $ids: customer ids
// Every channel each customer used through orders and touchpoints: how often, first and last.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  MATCH (c)-[:DID|PLACED]->(event)-[:ON|VIA]->(channel:Channel)
  WITH channel.name AS channel, coalesce(event.at, event.placedAt) AS at
  WITH channel, count(*) AS count, min(at) AS firstUsedAt, max(at) AS lastUsedAt
  ORDER BY count DESC, channel
  RETURN collect({channel: channel, count: count, firstUsedAt: firstUsedAt, lastUsedAt: lastUsedAt}) AS channels
}
RETURN id AS customerId, channels
