// name: catalog/signals
// mode: read
// param $sku: product SKU
// param $after: [at, signalId] of the last signal of the previous page, or null
// param $limit: page size plus one
// The social signals that mention a product, newest first, and how many there are.
MATCH (:Product {sku: $sku})<-[:MENTIONS]-(s:SocialSignal)
WITH s ORDER BY s.at DESC, s.id DESC
WITH collect(s) AS signals
RETURN size(signals) AS total,
       [s IN [s IN signals WHERE $after IS NULL OR [toString(s.at), s.id] < $after][..$limit] |
        s {.id, .type, .platform, .text, .sentiment, .at, key: [toString(s.at), s.id],
           customerId: [(s)<-[:POSTED]-(c:Customer) | c.id][0],
           skus: [(s)-[:MENTIONS]->(p:Product) | p.sku], topics: [(s)-[:MENTIONS]->(topic:Topic) | topic.name]}] AS signals
