// name: test-support/journey-event-owners
// mode: read
// Which customer (and country) each touchpoint, order and social signal landed with, for the journey tests
// to rebuild every journey from the source files by themselves.
MATCH (c:Customer)-[:DID|PLACED|POSTED]->(event)
RETURN event.id AS id, c.id AS customerId, c.country AS country
