// name: ingestion/relink-journeys
// mode: write
// param $customers: list of {id, since}: customers whose orders, touchpoints or social signals changed, and the time of the earliest changed event (null to relink the whole journey, after a merge or split)
// A journey is a path: each customer's touchpoints, orders and social signals linked by NEXT in
// time order. Only the part from the last event before `since` onwards is relinked, so a batch of
// new events costs what it adds, and an event that arrives late still lands in its place.
UNWIND $customers AS customer
MATCH (c:Customer {id: customer.id})
CALL (c, customer) {
  MATCH (c)-[:DID|PLACED|POSTED]->(event)
  WITH event ORDER BY coalesce(event.at, event.placedAt), event.id
  WITH collect(event) AS events
  WITH events, size([e IN events WHERE customer.since IS NOT NULL AND coalesce(e.at, e.placedAt) < datetime(customer.since)]) AS unchanged
  WITH events[CASE WHEN unchanged > 0 THEN unchanged - 1 ELSE 0 END..] AS tail
  CALL (tail) {
    UNWIND tail AS event
    MATCH (event)-[next:NEXT]->()
    DELETE next
  }
  UNWIND range(0, size(tail) - 2) AS i
  WITH tail[i] AS earlier, tail[i + 1] AS later
  CREATE (earlier)-[:NEXT]->(later)
}
