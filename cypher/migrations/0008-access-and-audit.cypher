// name: migrations/0008-access-and-audit
// mode: schema
// API keys are found by their public id on every request that presents one. The audit log is
// read by time (newest first, and by the retention purge) and by who read.
CREATE CONSTRAINT api_key_id IF NOT EXISTS
FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;

CREATE CONSTRAINT audit_entry_id IF NOT EXISTS
FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;

CREATE INDEX audit_entry_at IF NOT EXISTS
FOR (a:AuditEntry) ON (a.at);

CREATE INDEX audit_entry_actor IF NOT EXISTS
FOR (a:AuditEntry) ON (a.actor)
