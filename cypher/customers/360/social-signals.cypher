// name: customers/360/social-signals
// mode: fragment
// param $after: [at, signalId] of the last signal of the previous page, or null
// param $limit: page size plus one
// Customer.socialSignals: a page of what the customer said in public, newest first (as customers/social-signals).
OPTIONAL MATCH (c)-[:POSTED]->(s:SocialSignal)
WITH s ORDER BY s.at DESC, s.id DESC
WITH collect(s) AS signals
WITH size(signals) AS total, [s IN signals WHERE $after IS NULL OR [toString(s.at), s.id] < $after][..$limit] AS page
RETURN {total: total,
        signals: [s IN page | s {.id, .type, .platform, .text, .sentiment, .at, key: [toString(s.at), s.id], customerId: c.id,
                                 skus: [(s)-[:MENTIONS]->(p:Product) | p.sku], topics: [(s)-[:MENTIONS]->(topic:Topic) | topic.name]}]} AS answer
