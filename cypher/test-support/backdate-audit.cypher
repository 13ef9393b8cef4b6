// name: test-support/backdate-audit
// mode: write
// param $actor: whose entries
// param $days: how many days into the past they move
// Ages audit entries, so tests can see the retention purge take them.
MATCH (a:AuditEntry {actor: $actor})
SET a.at = a.at - duration({days: $days})
RETURN count(a) AS aged
