// name: journeys/steps
// mode: read
// param $ids: customer ids (a page of customers in one round trip)
// The whole journey of each customer: every touchpoint, order and social signal in NEXT order
// (time, then id: the key ingestion/relink-journeys links them by), with what the stage rule
// looks at (product or not, survey score, sentiment). A social signal's channel is its platform.
// (The subquery ends in an aggregation, so a customer without events still has a row.)
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  MATCH (c)-[:DID|PLACED|POSTED]->(event)
  WITH event ORDER BY coalesce(event.at, event.placedAt), event.id
  RETURN collect({
    kind: CASE WHEN event:Order THEN 'ORDER' WHEN event:SocialSignal THEN 'SOCIAL_SIGNAL' ELSE 'TOUCHPOINT' END,
    id: event.id,
    type: coalesce(event.type, 'ORDER'),
    channel: coalesce(event.channel, event.platform),
    at: coalesce(event.at, event.placedAt),
    score: event.score,
    sentiment: event.sentiment,
    aboutProduct: EXISTS { (event)-[:ABOUT]->(:Product) }
  }) AS steps
}
RETURN c.id AS id, steps
