// name: audit/purge-expired
// mode: write
// param $days: how long entries are kept
// param $batch: at most this many entries per call, so a large purge never holds one huge transaction
MATCH (a:AuditEntry)
WHERE a.at < datetime() - duration({days: $days})
WITH a LIMIT $batch
DETACH DELETE a
RETURN count(*) AS purged
