// name: customers/360/channels
// mode: fragment
// Customer.channels: every channel used through orders and touchpoints, how often, first and
// last, most used first (as customers/channels).
MATCH (c)-[:DID|PLACED]->(event)-[:ON|VIA]->(channel:Channel)
WITH channel.name AS channel, coalesce(event.at, event.placedAt) AS at
WITH channel, count(*) AS count, min(at) AS firstUsedAt, max(at) AS lastUsedAt
ORDER BY count DESC, channel
RETURN collect({channel: channel, count: count, firstUsedAt: firstUsedAt, lastUsedAt: lastUsedAt}) AS answer
