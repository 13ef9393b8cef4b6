// name: test-support/journey-links
// mode: read
// Every NEXT link between two journey events, by the events' ids, for tests that compare the
// journeys of two imports, with the link's own id (to tell a link kept from one written again).
MATCH (earlier)-[next:NEXT]->(later)
RETURN earlier.id AS earlier, later.id AS later, elementId(next) AS link
ORDER BY earlier, later
