// name: journeys/drop-offs
// mode: read
// param $stages: the stage rules of rules/journey-stages.yaml (first match wins)
// param $limit: how many of the largest groups to return
// Where journeys stop before buying: customers with steps (touchpoints, social signals) but no
// order, grouped by their last step (the one with no NEXT going out): its type, channel (a
// signal's platform) and stage, largest groups first.
MATCH (c:Customer)-[:DID|POSTED]->(last)
WHERE NOT EXISTS { (last)-[:NEXT]->() } AND NOT EXISTS { (c)-[:PLACED]->() }
WITH last.type AS type, coalesce(last.channel, last.platform) AS channel, head([rule IN $stages WHERE
    (rule.events IS NULL OR last.type IN rule.events)
    AND (rule.bought IS NULL OR rule.bought = false)
    AND (rule.aboutProduct IS NULL OR rule.aboutProduct = EXISTS { (last)-[:ABOUT]->(:Product) })
    AND (rule.minScore IS NULL OR coalesce(last.score, -1) >= rule.minScore)
    AND (rule.minSentiment IS NULL OR coalesce(last.sentiment, -2) >= rule.minSentiment)
  | rule.stage]) AS stage
WITH type, channel, stage, count(*) AS customers
ORDER BY customers DESC, type, channel
WITH collect({type: type, channel: channel, stage: stage, customers: customers}) AS lastSteps, sum(customers) AS total
RETURN total, lastSteps[..$limit] AS lastSteps
