// name: bench/lean-orders
// mode: write
// param $rows: the rows of ingestion/upsert-orders
// The lean ceiling of bench:ingest: orders created outright, linked by index look-ups.
UNWIND $rows AS row
MATCH (r:SourceRecord {source: row.source, kind: 'order', sourceId: row.sourceId})
USING INDEX SEEK r:SourceRecord(source, kind, sourceId)
MATCH (c:Customer {id: row.customerId})
USING INDEX SEEK c:Customer(id)
MATCH (channel:Channel {name: row.channel})
CREATE (o:Order {id: row.id, placedAt: datetime(row.placedAt), currency: row.currency, total: row.totalMinor, source: row.source, channel: row.channel})
CREATE (r)-[:RECORDED]->(o), (o)-[:VIA]->(channel), (c)-[:PLACED]->(o)
WITH o, row
CALL (o, row) {
  UNWIND row.lines AS line
  MATCH (p:Product {sku: line.sku})
  CREATE (o)-[:CONTAINS {quantity: line.quantity, unitPrice: line.unitPrice}]->(p)
}
