// name: migration-ledger/applied
// mode: read
// The migrations applied to this graph: which, when, and the checksum of the file that ran.
MATCH (m:SchemaMigration)
RETURN m.name AS name, m.checksum AS checksum, m.appliedAt AS appliedAt
ORDER BY m.name
