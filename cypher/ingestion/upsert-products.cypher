// name: ingestion/upsert-products
// mode: write
// param $rows: list of {source, sourceId, sku, name, brand, price, currency, categoryPaths, categoryNames, words, categoryWords, topics}: words are the stemmed words of the name and of each category's name (src/topics/words.ts)
// Products by SKU, in their category hierarchy (each Category knows its full path), about topics.
UNWIND $rows AS row
MATCH (r:SourceRecord {source: row.source, kind: 'product', sourceId: row.sourceId})
// The whole key, never the index on kind alone (which would read every record of the kind per row).
USING INDEX SEEK r:SourceRecord(source, kind, sourceId)
MERGE (p:Product {sku: row.sku})
SET p.name = row.name, p.words = row.words, p.brand = row.brand, p.price = row.price, p.currency = row.currency
// The record is new or was untied by ingestion/detach-updated-records, so its fact has no links yet:
// the record's own link is created.
CREATE (r)-[:RECORDED]->(p)
WITH p, row
CALL (row) {
  UNWIND range(0, size(row.categoryPaths) - 1) AS level
  MERGE (category:Category {path: row.categoryPaths[level]})
    ON CREATE SET category.name = row.categoryNames[level], category.level = level, category.words = row.categoryWords[level]
  WITH category, level, row
  WHERE level > 0
  MATCH (parent:Category {path: row.categoryPaths[level - 1]})
  MERGE (category)-[:SUBCATEGORY_OF]->(parent)
}
WITH p, row
MATCH (leaf:Category {path: last(row.categoryPaths)})
// Merged: several sources may describe one product (one SKU).
MERGE (p)-[:IN_CATEGORY]->(leaf)
FOREACH (name IN row.topics | MERGE (topic:Topic {name: name}) MERGE (p)-[:ABOUT]->(topic))
