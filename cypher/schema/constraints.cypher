// name: schema/constraints
// mode: read
// The constraints of the graph, for analysts and for the migration tests.
SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
RETURN name, type, entityType, labelsOrTypes, properties
ORDER BY name
