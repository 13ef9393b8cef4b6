// name: bench/journey
// mode: read
// param $id: customer id
// The hand-written query for bench/api.ts's journey: one customer's touchpoints, orders and
// social signals in time order, with what a stage needs.
MATCH (c:Customer {id: $id})
CALL (c) {
  MATCH (c)-[:DID|PLACED|POSTED]->(event)
  WITH event ORDER BY coalesce(event.at, event.placedAt), event.id
  RETURN collect({id: event.id, type: coalesce(event.type, 'ORDER'), channel: coalesce(event.channel, event.platform), at: coalesce(event.at, event.placedAt),
                  score: event.score, sentiment: event.sentiment, aboutProduct: EXISTS { (event)-[:ABOUT]->(:Product) }}) AS steps
}
RETURN steps
