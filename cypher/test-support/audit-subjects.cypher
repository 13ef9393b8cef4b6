// name: test-support/audit-subjects
// mode: read
// Every audit entry with the id and labels of what it concerns.
MATCH (entry:AuditEntry)-[:CONCERNS]->(subject)
RETURN entry.id AS id, subject.id AS subject, labels(subject) AS labels
ORDER BY id
