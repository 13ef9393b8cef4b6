// name: test-support/label-counts
// mode: read
// Used by the test suite only: how many nodes carry each label (the audit log left out), to
// compare two imports of the same files.
MATCH (n) WHERE NOT n:AuditEntry
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
