// name: ingestion/upsert-social-signals
// mode: write
// param $rows: list of {source, sourceId, id, customerId, type, platform, text, words (of the text), sentiment, at, skus, topics}
// What people say in public: mentions, posts, reviews and follows, pointing at products and topics.
UNWIND $rows AS row
MATCH (r:SourceRecord {source: row.source, kind: 'socialSignal', sourceId: row.sourceId})
// The whole key, never the index on kind alone (which would read every record of the kind per row).
USING INDEX SEEK r:SourceRecord(source, kind, sourceId)
MATCH (c:Customer {id: row.customerId})
MERGE (s:SocialSignal {id: row.id})
SET s.type = row.type, s.platform = row.platform, s.text = row.text, s.words = row.words, s.sentiment = row.sentiment,
    s.at = datetime(row.at), s.source = row.source
// The record is new or was untied by ingestion/detach-updated-records, so its fact has no links yet:
// they are created, never merged (a merge onto a channel or a topic locks a node every event shares).
CREATE (r)-[:RECORDED]->(s)
WITH c, s, row
CALL (s, row) {
  UNWIND row.skus AS sku
  MATCH (p:Product {sku: sku})
  CREATE (s)-[:MENTIONS]->(p)
}
FOREACH (name IN row.topics | MERGE (topic:Topic {name: name}) CREATE (s)-[:MENTIONS]->(topic))
WITH c, s
CREATE (c)-[:POSTED]->(s)
