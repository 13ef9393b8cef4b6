// name: customers/360/social-signals
// mode: fragment
// param $items: whether the request reads the page (nodes, edges, pageInfo) and not only totalCount
// param $after: [at, signalId] of the last signal of the previous page, or null
// param $limit: page size plus one
// Customer.socialSignals: a page of what the customer said in public, newest first (as
// customers/social-signals). Only the page's signals are projected; none when only the count is asked.
CALL (c) {
  WITH c WHERE $items
  MATCH (c)-[:POSTED]->(s:SocialSignal)
  WHERE $after IS NULL OR [toString(s.at), s.id] < $after
  WITH c, s ORDER BY s.at DESC, s.id DESC LIMIT $limit
  RETURN collect(s {.id, .type, .platform, .text, .sentiment, at: toString(s.at), key: [toString(s.at), s.id], customerId: c.id,
                    skus: [(s)-[:MENTIONS]->(p:Product) | p.sku], topics: [(s)-[:MENTIONS]->(topic:Topic) | topic.name]}) AS page
}
RETURN {total: COUNT { (c)-[:POSTED]->(:SocialSignal) }, signals: page} AS answer
