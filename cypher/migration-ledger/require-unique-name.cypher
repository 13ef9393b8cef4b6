// name: migration-ledger/require-unique-name
// mode: schema
// The ledger of applied migrations keeps one node per migration, even when two copies of the
// service start at the same time.
CREATE CONSTRAINT schema_migration_name IF NOT EXISTS
FOR (m:SchemaMigration) REQUIRE m.name IS UNIQUE
