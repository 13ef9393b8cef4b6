// name: test-support/journey-path
// mode: read
// param $id: customer id
// A customer's journey in order: the first event has no NEXT coming in from the customer's
// events; the path follows NEXT from there.
MATCH (c:Customer {id: $id})-[:DID|PLACED|POSTED]->(first)
WHERE NOT EXISTS { MATCH (c)-[:DID|PLACED|POSTED]->()-[:NEXT]->(first) }
MATCH path = (first)-[:NEXT*0..]->(last)
WHERE NOT EXISTS { (last)-[:NEXT]->() }
WITH path ORDER BY length(path) DESC LIMIT 1
UNWIND nodes(path) AS event
RETURN event.id AS id, coalesce(event.at, event.placedAt) AS at, coalesce(event.type, 'ORDER') AS type
