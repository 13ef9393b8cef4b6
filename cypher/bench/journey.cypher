// name: bench/journey
// mode: read
// param $id: customer id
// The hand-written query for bench/api.ts's journey: one customer's touchpoints and orders in
// time order, with what a stage needs, and the latest social signal.
MATCH (c:Customer {id: $id})
CALL (c) {
  MATCH (c)-[:DID|PLACED]->(event)
  WITH event ORDER BY coalesce(event.at, event.placedAt), event.id
  RETURN collect({id: event.id, type: coalesce(event.type, 'ORDER'), channel: event.channel, at: coalesce(event.at, event.placedAt),
                  score: event.score, aboutProduct: EXISTS { (event)-[:ABOUT]->(:Product) }}) AS steps
}
CALL (c) {
  OPTIONAL MATCH (c)-[:POSTED]->(signal)
  WITH signal ORDER BY signal.at DESC LIMIT 1
  RETURN signal {.type, .at, .sentiment} AS latestSignal
}
RETURN steps, latestSignal
