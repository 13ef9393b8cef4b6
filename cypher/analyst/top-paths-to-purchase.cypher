// name: analyst/top-paths-to-purchase
// mode: read
// param $maxSteps: the longest path counted, in steps up to and including the first order (1 to 10)
// param $limit: how many paths
// The most common sequences of channels (a social signal's channel is its platform) that lead a
// customer from their first step to their first order within $maxSteps steps, with how many
// customers took each.
MATCH (c:Customer)-[:DID|PLACED|POSTED]->(first)
WHERE NOT EXISTS { (c)-[:DID|PLACED|POSTED]->()-[:NEXT]->(first) }
MATCH path = (first)-[:NEXT*0..9]->(purchase:Order)
WHERE length(path) < $maxSteps AND none(step IN nodes(path)[..-1] WHERE step:Order)
WITH [step IN nodes(path) | coalesce(step.channel, step.platform)] AS channels
RETURN channels AS path, count(*) AS customers
ORDER BY customers DESC, path
LIMIT $limit
