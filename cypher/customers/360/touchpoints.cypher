// name: customers/360/touchpoints
// mode: fragment
// param $channels: channels to keep, or null for all
// param $types: touchpoint types to keep, or null for all
// param $since: ISO instant, or null
// param $until: ISO instant (excluded), or null
// param $after: [at, touchpointId] of the last touchpoint of the previous page, or null
// param $limit: page size plus one
// param $details: whether the request reads more of a touchpoint than its id, type, channel and time
// Customer.touchpoints: a filtered page, newest first; `total` is how many match. The matching
// touchpoints are counted, only the page's are sorted (top $limit), and only those are projected,
// with their other properties, product and topic when asked for.
CALL (c) {
  MATCH (c)-[:DID]->(t:Touchpoint)
  WHERE ($channels IS NULL OR t.channel IN $channels)
    AND ($types IS NULL OR t.type IN $types)
    AND ($since IS NULL OR t.at >= datetime($since))
    AND ($until IS NULL OR t.at < datetime($until))
  WITH collect(t) AS matching
  CALL (matching) {
    UNWIND matching AS t
    WITH t WHERE $after IS NULL OR [toString(t.at), t.id] < $after
    WITH t ORDER BY t.at DESC, t.id DESC LIMIT $limit
    RETURN collect(t) AS kept
  }
  RETURN size(matching) AS total, kept
}
RETURN {total: total,
        touchpoints: [t IN kept | CASE WHEN $details
          THEN t {.id, .type, .channel, at: toString(t.at), .searchTerm, .campaign, .score, .comment, .resolved, .event, .url, .referrer, .properties, .context,
                  key: [toString(t.at), t.id], sku: [(t)-[:ABOUT]->(p:Product) | p.sku][0], topic: [(t)-[:ABOUT]->(topic:Topic) | topic.name][0]}
          ELSE t {.id, .type, .channel, at: toString(t.at), key: [toString(t.at), t.id]} END]} AS answer
