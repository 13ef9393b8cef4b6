// name: test-support/graph-counts
// mode: read
// Used by the test suite only: how many nodes and relationships the graph holds, leaving out the
// audit log, which grows with every request that reads personal data.
CALL () { MATCH (n) WHERE NOT n:AuditEntry RETURN count(n) AS nodes }
CALL () { MATCH (a)-[r]->() WHERE NOT a:AuditEntry RETURN count(r) AS relationships }
RETURN nodes, relationships
