// name: ingestion/upsert-touchpoints
// mode: write
// param $rows: list of {source, sourceId, id, customerId, type, channel, at, sku, topic, searchTerm, words (of the search term), campaign, score, comment, resolved, event, url, referrer, properties (JSON text), context (JSON text)}
// Journey events: what the customer did, on which channel, about which product or topic.
UNWIND $rows AS row
MATCH (r:SourceRecord {source: row.source, kind: 'touchpoint', sourceId: row.sourceId})
// The whole key, never the index on kind alone (which would read every record of the kind per row).
USING INDEX SEEK r:SourceRecord(source, kind, sourceId)
MATCH (c:Customer {id: row.customerId})
MERGE (t:Touchpoint {id: row.id})
SET t.type = row.type, t.at = datetime(row.at), t.channel = row.channel, t.source = row.source,
    t.searchTerm = row.searchTerm, t.words = row.words, t.campaign = row.campaign, t.score = row.score,
    t.comment = row.comment, t.resolved = row.resolved, t.event = row.event, t.url = row.url,
    t.referrer = row.referrer, t.properties = row.properties, t.context = row.context
// The record is new or was untied by ingestion/detach-updated-records, so its fact has no links yet:
// they are created, never merged (a merge onto a channel or a topic locks a node every event shares).
CREATE (r)-[:RECORDED]->(t)
MERGE (channel:Channel {name: row.channel})
CREATE (t)-[:ON]->(channel)
WITH c, t, row
CALL (t, row) {
  MATCH (p:Product {sku: row.sku})
  CREATE (t)-[:ABOUT]->(p)
}
CALL (t, row) {
  WITH t, row WHERE row.topic IS NOT NULL
  MERGE (topic:Topic {name: row.topic})
  CREATE (t)-[:ABOUT]->(topic)
}
CREATE (c)-[:DID]->(t)
