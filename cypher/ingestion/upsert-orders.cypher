// name: ingestion/upsert-orders
// mode: write
// param $rows: list of {source, sourceId, id, customerId, placedAt, channel, currency, totalMinor, lines: [{sku, quantity, unitPrice}]}
// Orders with their lines (CONTAINS {quantity, unitPrice}, money in hundredths), the channel they
// came through, and the customer who placed them. (A newer version's old links were untied first.)
UNWIND $rows AS row
MATCH (r:SourceRecord {source: row.source, kind: 'order', sourceId: row.sourceId})
// The whole key, never the index on kind alone (which would read every record of the kind per row).
USING INDEX SEEK r:SourceRecord(source, kind, sourceId)
MATCH (c:Customer {id: row.customerId})
MERGE (o:Order {id: row.id})
SET o.placedAt = datetime(row.placedAt), o.currency = row.currency, o.total = row.totalMinor,
    o.source = row.source, o.channel = row.channel
// The record is new or was untied by ingestion/detach-updated-records, so its fact has no links yet:
// they are created, never merged (a merge onto a channel or a topic locks a node every event shares).
CREATE (r)-[:RECORDED]->(o)
MERGE (channel:Channel {name: row.channel})
CREATE (o)-[:VIA]->(channel)
WITH c, o, row
CALL (o) {
  // Two imports of one order at once must not double its lines.
  MATCH (o)-[line:CONTAINS]->()
  DELETE line
}
CALL (o, row) {
  UNWIND row.lines AS line
  MATCH (p:Product {sku: line.sku})
  CREATE (o)-[:CONTAINS {quantity: line.quantity, unitPrice: line.unitPrice}]->(p)
}
CREATE (c)-[:PLACED]->(o)
