// name: test-support/journey-links
// mode: read
// Every NEXT link between two journey events, by the events' ids, for tests that compare the
// journeys of two imports.
MATCH (earlier)-[:NEXT]->(later)
RETURN earlier.id AS earlier, later.id AS later
ORDER BY earlier, later
