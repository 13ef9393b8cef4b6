// name: customers/social-signals
// mode: read
// param $requests: list of {id, after: [at, signalId] or null, limit}
// Pages of what customers said in public, newest first, for several customers at once.
UNWIND range(0, size($requests) - 1) AS index
WITH index, $requests[index] AS request
OPTIONAL MATCH (c:Customer {id: request.id})
CALL (c, request) {
  OPTIONAL MATCH (c)-[:POSTED]->(s:SocialSignal)
  WITH s ORDER BY s.at DESC, s.id DESC
  WITH collect(s) AS signals
  RETURN size(signals) AS total,
         [s IN signals WHERE request.after IS NULL OR [toString(s.at), s.id] < request.after][..request.limit] AS page
}
RETURN index, total,
       [s IN page | s {.id, .type, .platform, .text, .sentiment, .at, key: [toString(s.at), s.id], customerId: c.id,
                       skus: [(s)-[:MENTIONS]->(p:Product) | p.sku], topics: [(s)-[:MENTIONS]->(topic:Topic) | topic.name]}] AS signals
