// name: bench/lean-touchpoints
// mode: write
// param $rows: the rows of ingestion/upsert-touchpoints
// The lean ceiling of bench:ingest: touchpoints created outright, linked by index look-ups.
UNWIND $rows AS row
MATCH (r:SourceRecord {source: row.source, kind: 'touchpoint', sourceId: row.sourceId})
USING INDEX SEEK r:SourceRecord(source, kind, sourceId)
MATCH (c:Customer {id: row.customerId})
USING INDEX SEEK c:Customer(id)
MATCH (channel:Channel {name: row.channel})
CREATE (t:Touchpoint {id: row.id, type: row.type, at: datetime(row.at), channel: row.channel, source: row.source,
  searchTerm: row.searchTerm, words: row.words, campaign: row.campaign, score: row.score, comment: row.comment,
  resolved: row.resolved, event: row.event, url: row.url, referrer: row.referrer, properties: row.properties, context: row.context})
CREATE (r)-[:RECORDED]->(t), (t)-[:ON]->(channel), (c)-[:DID]->(t)
WITH t, row
CALL (t, row) {
  MATCH (p:Product {sku: row.sku})
  CREATE (t)-[:ABOUT]->(p)
}
CALL (t, row) {
  MATCH (topic:Topic {name: row.topic})
  CREATE (t)-[:ABOUT]->(topic)
}
