// name: ingestion/relink-journeys
// mode: write
// param $ids: customers whose orders or touchpoints changed, moved or merged
// A journey is a path: each customer's touchpoints and orders linked by NEXT in time order.
// Relinking the whole journey keeps it right when events arrive late or two customers merge.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  MATCH (c)-[:DID|PLACED]->()-[next:NEXT]->()
  DELETE next
}
CALL (c) {
  MATCH (c)-[:DID|PLACED]->(event)
  WITH event ORDER BY coalesce(event.at, event.placedAt), event.id
  WITH collect(event) AS events
  UNWIND range(0, size(events) - 2) AS i
  WITH events[i] AS earlier, events[i + 1] AS later
  CREATE (earlier)-[:NEXT]->(later)
}
