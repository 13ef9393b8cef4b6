// name: bench/graph-fingerprint
// mode: read
// What bench:ingest compares between its paths' graphs: how many nodes of each label and
// relationships of each type, and the links that carry the import's decisions (who each record
// is about, which identities each customer holds, where each golden value comes from, which
// event follows which), as sorted text to hash.
CALL () {
  MATCH (n) UNWIND labels(n) AS label
  WITH label, count(*) AS count ORDER BY label
  RETURN collect(label + ' ' + count) AS labels
}
CALL () {
  MATCH ()-[r]->() WITH type(r) AS type, count(*) AS count ORDER BY type
  RETURN collect(type + ' ' + count) AS relationships
}
CALL () {
  MATCH (r:SourceRecord)-[:ABOUT]->(c:Customer)
  WITH r.kind + ':' + r.source + '|' + r.sourceId + ' ' + c.id AS line ORDER BY line
  RETURN collect(line) AS about
}
CALL () {
  MATCH (c:Customer)-[:HAS_IDENTITY]->(i:Identity)
  WITH c.id + ' ' + i.type + '|' + i.value AS line ORDER BY line
  RETURN collect(line) AS holds
}
CALL () {
  MATCH (c:Customer)-[v:VALUE_FROM]->(r:SourceRecord)
  WITH c.id + ' ' + v.attribute + ' ' + r.kind + ':' + r.source + '|' + r.sourceId + ' ' + coalesce(toString(c[v.attribute]), '') AS line ORDER BY line
  RETURN collect(line) AS golden
}
CALL () {
  MATCH (a)-[:NEXT]->(b)
  WITH a.id + ' ' + b.id AS line ORDER BY line
  RETURN collect(line) AS journeys
}
RETURN labels, relationships, about, holds, golden, journeys
