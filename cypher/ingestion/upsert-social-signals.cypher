// name: ingestion/upsert-social-signals
// mode: write
// param $rows: list of {source, sourceId, id, customerId, type, platform, text, words (of the text), sentiment, at, skus, topics}
// What people say in public: mentions, posts, reviews and follows, pointing at products and topics.
UNWIND $rows AS row
MATCH (r:SourceRecord {source: row.source, kind: 'socialSignal', sourceId: row.sourceId})
MATCH (c:Customer {id: row.customerId})
MERGE (s:SocialSignal {id: row.id})
SET s.type = row.type, s.platform = row.platform, s.text = row.text, s.words = row.words, s.sentiment = row.sentiment,
    s.at = datetime(row.at), s.source = row.source
MERGE (r)-[:RECORDED]->(s)
WITH c, s, row
CALL (s, row) {
  UNWIND row.skus AS sku
  MATCH (p:Product {sku: sku})
  MERGE (s)-[:MENTIONS]->(p)
}
FOREACH (name IN row.topics | MERGE (topic:Topic {name: name}) MERGE (s)-[:MENTIONS]->(topic))
WITH c, s
MERGE (c)-[:POSTED]->(s)
