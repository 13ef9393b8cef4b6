// name: test-support/graph-counts
// mode: read
// Used by the test suite only: how many nodes and relationships the graph holds.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
