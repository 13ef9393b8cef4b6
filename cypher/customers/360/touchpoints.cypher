// name: customers/360/touchpoints
// mode: fragment
// param $channels: channels to keep, or null for all
// param $types: touchpoint types to keep, or null for all
// param $since: ISO instant, or null
// param $until: ISO instant (excluded), or null
// param $after: [at, touchpointId] of the last touchpoint of the previous page, or null
// param $limit: page size plus one
// Customer.touchpoints: a filtered page, newest first; `total` is how many match. The matching
// touchpoints are counted, and only the page's are sorted (top $limit) and projected.
CALL (c) {
  MATCH (c)-[:DID]->(t:Touchpoint)
  WHERE ($channels IS NULL OR t.channel IN $channels)
    AND ($types IS NULL OR t.type IN $types)
    AND ($since IS NULL OR t.at >= datetime($since))
    AND ($until IS NULL OR t.at < datetime($until))
  WITH t, [toString(t.at), t.id] AS key
  RETURN count(t) AS total,
         collect(CASE WHEN $after IS NULL OR key < $after THEN {t: t, key: key} END) AS after
}
CALL (after) {
  UNWIND after AS kept
  WITH kept.t AS t, kept.key AS key ORDER BY t.at DESC, t.id DESC LIMIT $limit
  RETURN collect(t {.id, .type, .channel, at: toString(t.at), .searchTerm, .campaign, .score, .comment, .resolved, .event, .url, .referrer, .properties, .context, key: key,
                    sku: [(t)-[:ABOUT]->(p:Product) | p.sku][0], topic: [(t)-[:ABOUT]->(topic:Topic) | topic.name][0]}) AS page
}
RETURN {total: total, touchpoints: page} AS answer
