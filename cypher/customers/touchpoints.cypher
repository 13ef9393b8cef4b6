// name: customers/touchpoints
// mode: read
// param $requests: list of {id, channels, types, since, until (null when not asked), after: [at, touchpointId] or null, limit}
// Pages of touchpoints, newest first, filtered by channel, type and time, for several customers
// at once; `total` is how many match the filters.
UNWIND range(0, size($requests) - 1) AS index
WITH index, $requests[index] AS request
OPTIONAL MATCH (c:Customer {id: request.id})
CALL (c, request) {
  OPTIONAL MATCH (c)-[:DID]->(t:Touchpoint)
  WHERE (request.channels IS NULL OR t.channel IN request.channels)
    AND (request.types IS NULL OR t.type IN request.types)
    AND (request.since IS NULL OR t.at >= datetime(request.since))
    AND (request.until IS NULL OR t.at < datetime(request.until))
  WITH t ORDER BY t.at DESC, t.id DESC
  WITH collect(t) AS touchpoints
  RETURN size(touchpoints) AS total,
         [t IN touchpoints WHERE request.after IS NULL OR [toString(t.at), t.id] < request.after][..request.limit] AS page
}
RETURN index, total,
       [t IN page | t {.id, .type, .channel, .at, .searchTerm, .campaign, .score, .comment, .resolved, .event, .url, .referrer, .properties, .context, key: [toString(t.at), t.id],
                       sku: [(t)-[:ABOUT]->(p:Product) | p.sku][0], topic: [(t)-[:ABOUT]->(topic:Topic) | topic.name][0]}] AS touchpoints
