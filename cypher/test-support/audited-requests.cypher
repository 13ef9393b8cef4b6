// name: test-support/audited-requests
// mode: read
// param $requestIds: the request ids to look for
// Used by the test suite only: which of these requests have an entry in the audit log.
MATCH (entry:AuditEntry) WHERE entry.requestId IN $requestIds
RETURN DISTINCT entry.requestId AS requestId
ORDER BY requestId
