// name: journeys/steps
// mode: read
// param $ids: customer ids (a page of customers in one round trip)
// The whole journey of each customer: every touchpoint and order in NEXT order (time, then id:
// the key ingestion/relink-journeys links them by), with what the stage rule looks at (product
// or not, survey score), and the customer's latest social signal, which can make a buyer an
// advocate. (Both subqueries end in an aggregation, so a customer without events still has a row.)
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  MATCH (c)-[:DID|PLACED]->(event)
  WITH event ORDER BY coalesce(event.at, event.placedAt), event.id
  RETURN collect({
    kind: CASE WHEN event:Order THEN 'ORDER' ELSE 'TOUCHPOINT' END,
    id: event.id,
    type: coalesce(event.type, 'ORDER'),
    channel: event.channel,
    at: coalesce(event.at, event.placedAt),
    score: event.score,
    aboutProduct: EXISTS { (event)-[:ABOUT]->(:Product) }
  }) AS steps
}
CALL (c) {
  MATCH (c)-[:POSTED]->(signal)
  WITH signal ORDER BY signal.at DESC LIMIT 1
  RETURN head(collect({type: signal.type, at: signal.at, sentiment: signal.sentiment})) AS latestSignal
}
RETURN c.id AS id, steps, latestSignal
