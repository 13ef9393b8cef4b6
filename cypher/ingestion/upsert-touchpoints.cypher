// name: ingestion/upsert-touchpoints
// mode: write
// param $rows: list of {source, sourceId, id, customerId, type, channel, at, sku, topic, searchTerm, words (of the search term), campaign, score, comment, resolved}
// Journey events: what the customer did, on which channel, about which product or topic.
UNWIND $rows AS row
MATCH (r:SourceRecord {source: row.source, kind: 'touchpoint', sourceId: row.sourceId})
MATCH (c:Customer {id: row.customerId})
MERGE (t:Touchpoint {id: row.id})
SET t.type = row.type, t.at = datetime(row.at), t.channel = row.channel, t.source = row.source,
    t.searchTerm = row.searchTerm, t.words = row.words, t.campaign = row.campaign, t.score = row.score,
    t.comment = row.comment, t.resolved = row.resolved
MERGE (r)-[:RECORDED]->(t)
MERGE (channel:Channel {name: row.channel})
MERGE (t)-[:ON]->(channel)
WITH c, t, row
CALL (t, row) {
  MATCH (p:Product {sku: row.sku})
  MERGE (t)-[:ABOUT]->(p)
}
CALL (t, row) {
  WITH t, row WHERE row.topic IS NOT NULL
  MERGE (topic:Topic {name: row.topic})
  MERGE (t)-[:ABOUT]->(topic)
}
MERGE (c)-[:DID]->(t)
