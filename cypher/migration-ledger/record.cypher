// name: migration-ledger/record
// mode: write
// param $name: the migration's name (its file under cypher/migrations/)
// param $checksum: SHA-256 of the migration's statements
// Records a migration as applied. A copy of the service that applied it first keeps its record.
MERGE (m:SchemaMigration {name: $name})
  ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()
RETURN m.checksum AS checksum
