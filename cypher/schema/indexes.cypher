// name: schema/indexes
// mode: read
// The indexes of the graph and their state (ONLINE once built).
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, owningConstraint
RETURN name, type, entityType, labelsOrTypes, properties, state, owningConstraint
ORDER BY name
