// name: test-support/relationship-counts
// mode: read
// Used by the test suite only: how many relationships of each type the graph holds (the audit
// log left out), to compare two imports of the same files.
MATCH (a)-[r]->() WHERE NOT a:AuditEntry
RETURN type(r) AS type, count(*) AS count
ORDER BY type
