// name: customers/360/journey
// mode: fragment
// Customer.journey: every touchpoint, order and social signal in NEXT order (time, then id: the
// key ingestion/relink-journeys links them by), with what the stage rule looks at (product or not,
// survey score, sentiment). A social signal's channel is its platform. Read whole: the window a
// request asks for is applied in code (src/journeys/journey.ts), so one read serves every window.
// (The subquery ends in an aggregation, so a customer without events still has an answer.)
MATCH (c)-[:DID|PLACED|POSTED]->(event)
WITH event ORDER BY coalesce(event.at, event.placedAt), event.id
RETURN {steps: collect({
  kind: CASE WHEN event:Order THEN 'ORDER' WHEN event:SocialSignal THEN 'SOCIAL_SIGNAL' ELSE 'TOUCHPOINT' END,
  id: event.id,
  type: coalesce(event.type, 'ORDER'),
  channel: coalesce(event.channel, event.platform),
  at: toString(coalesce(event.at, event.placedAt)),
  score: event.score,
  sentiment: event.sentiment,
  aboutProduct: EXISTS { (event)-[:ABOUT]->(:Product) }
})} AS answer
