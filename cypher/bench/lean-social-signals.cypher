// name: bench/lean-social-signals
// mode: write
// param $rows: the rows of ingestion/upsert-social-signals
// The lean ceiling of bench:ingest: social signals created outright, linked by index look-ups.
UNWIND $rows AS row
MATCH (r:SourceRecord {source: row.source, kind: 'socialSignal', sourceId: row.sourceId})
USING INDEX SEEK r:SourceRecord(source, kind, sourceId)
MATCH (c:Customer {id: row.customerId})
USING INDEX SEEK c:Customer(id)
CREATE (s:SocialSignal {id: row.id, type: row.type, platform: row.platform, text: row.text, words: row.words,
  sentiment: row.sentiment, at: datetime(row.at), source: row.source})
CREATE (r)-[:RECORDED]->(s), (c)-[:POSTED]->(s)
WITH s, row
CALL (s, row) {
  UNWIND row.skus AS sku
  MATCH (p:Product {sku: sku})
  CREATE (s)-[:MENTIONS]->(p)
}
CALL (s, row) {
  UNWIND row.topics AS name
  MATCH (topic:Topic {name: name})
  CREATE (s)-[:MENTIONS]->(topic)
}
