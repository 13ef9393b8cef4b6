// name: journeys/purchase-paths
// mode: read
// param $maxSteps: the longest path counted, the order included (1 to 10)
// param $by: 'channel' to spell a path by the channel of each step, 'stage' by its stage
// param $stages: the stage rules of rules/journey-stages.yaml (first match wins)
// param $limit: how many of the most common paths to return
// The most common paths to a first purchase: for each customer, the steps from the first step of
// the journey (the one no NEXT points at) to the first order, when that order is at most
// $maxSteps steps in. Each customer has one such path or none; paths are counted, most common
// first. Why this shape (PROFILEd on 100k customers, 4M events): starting from each customer's
// first order and walking NEXT back through touchpoints and social signals reads at most 10 steps per buyer; starting
// from the first steps would test every event for an incoming NEXT, and starting from every
// order would walk back from orders that are not the first. The quantifier cannot be a
// parameter, so the walk goes up to 10 steps and longer paths are dropped after it.
MATCH (c:Customer)
CALL (c) {
  MATCH (c)-[:PLACED]->(purchase)
  RETURN purchase ORDER BY purchase.placedAt, purchase.id LIMIT 1
}
MATCH path = (first) ((:Touchpoint|SocialSignal)-[:NEXT]->()){0,9} (purchase)
WHERE length(path) < $maxSteps AND NOT EXISTS { (first)<-[:NEXT]-() }
WITH CASE $by
  // A social signal's channel is its platform.
  WHEN 'channel' THEN [step IN nodes(path) | coalesce(step.channel, step.platform)]
  // Every step before the first order comes before any purchase: bought is false.
  ELSE [step IN nodes(path) | head([rule IN $stages WHERE
      (rule.events IS NULL OR coalesce(step.type, 'ORDER') IN rule.events)
      AND (rule.bought IS NULL OR rule.bought = false)
      AND (rule.aboutProduct IS NULL OR rule.aboutProduct = EXISTS { (step)-[:ABOUT]->(:Product) })
      AND (rule.minScore IS NULL OR coalesce(step.score, -1) >= rule.minScore)
      AND (rule.minSentiment IS NULL OR coalesce(step.sentiment, -2) >= rule.minSentiment)
    | rule.stage])]
END AS steps
WITH steps, count(*) AS customers
ORDER BY customers DESC, steps
WITH collect({steps: steps, customers: customers}) AS paths, sum(customers) AS total
RETURN total, paths[..$limit] AS paths
