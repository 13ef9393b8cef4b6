// name: ingestion/relink-journeys
// mode: write
// param $customers: list of {id, since}: customers whose orders, touchpoints or social signals changed, and the time of the earliest changed event (null to relink the whole journey, after a merge or split)
// A journey is a path: each customer's touchpoints, orders and social signals linked by NEXT in
// time order. Only the part from the last event before `since` onwards is relinked, so a batch of
// new events costs what it adds, and an event that arrives late still lands in its place. Within
// that part only the links that differ from the time order are written: an order that lands
// between two touchpoints replaces one link with two, however long the rest of the journey.
UNWIND $customers AS customer
MATCH (c:Customer {id: customer.id})
CALL (c, customer) {
  MATCH (c)-[:DID|PLACED|POSTED]->(event)
  WITH event ORDER BY coalesce(event.at, event.placedAt), event.id
  WITH collect(event) AS events
  WITH events, size([e IN events WHERE customer.since IS NOT NULL AND coalesce(e.at, e.placedAt) < datetime(customer.since)]) AS unchanged
  WITH events[CASE WHEN unchanged > 0 THEN unchanged - 1 ELSE 0 END..] AS tail
  // The links the part has now, all read before any is written.
  WITH tail, [event IN tail | [(event)-[next:NEXT]->(other) | {next: next, other: other}]] AS links
  UNWIND range(0, size(tail) - 1) AS i
  // The last event's later is null (past the end of the list): it keeps no link.
  WITH tail[i] AS earlier, tail[i + 1] AS later, links[i] AS current
  CALL (later, current) {
    UNWIND current AS link
    WITH link WHERE later IS NULL OR link.other <> later
    WITH link.next AS stale
    DELETE stale
  }
  WITH earlier, later WHERE later IS NOT NULL AND none(link IN current WHERE link.other = later)
  CREATE (earlier)-[:NEXT]->(later)
}
