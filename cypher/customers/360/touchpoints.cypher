// name: customers/360/touchpoints
// mode: fragment
// param $channels: channels to keep, or null for all
// param $types: touchpoint types to keep, or null for all
// param $since: ISO instant, or null
// param $until: ISO instant (excluded), or null
// param $after: [at, touchpointId] of the last touchpoint of the previous page, or null
// param $limit: page size plus one
// Customer.touchpoints: a filtered page, newest first; `total` is how many match (as customers/touchpoints).
OPTIONAL MATCH (c)-[:DID]->(t:Touchpoint)
WHERE ($channels IS NULL OR t.channel IN $channels)
  AND ($types IS NULL OR t.type IN $types)
  AND ($since IS NULL OR t.at >= datetime($since))
  AND ($until IS NULL OR t.at < datetime($until))
WITH t ORDER BY t.at DESC, t.id DESC
WITH collect(t) AS touchpoints
WITH size(touchpoints) AS total, [t IN touchpoints WHERE $after IS NULL OR [toString(t.at), t.id] < $after][..$limit] AS page
RETURN {total: total,
        touchpoints: [t IN page | t {.id, .type, .channel, .at, .searchTerm, .campaign, .score, .comment, .resolved, .event, .url, .referrer, .properties, .context, key: [toString(t.at), t.id],
                                     sku: [(t)-[:ABOUT]->(p:Product) | p.sku][0], topic: [(t)-[:ABOUT]->(topic:Topic) | topic.name][0]}]} AS answer
