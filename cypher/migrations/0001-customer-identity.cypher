// name: migrations/0001-customer-identity
// mode: schema
// The core of the customer graph: one node per real person (Customer), the identifiers that
// point at them (Identity, unique by type and value) and the input records behind every fact
// (SourceRecord, unique by source and source id). Statements are separated by semicolons.
CREATE CONSTRAINT customer_id IF NOT EXISTS
FOR (c:Customer) REQUIRE c.id IS UNIQUE;

CREATE CONSTRAINT identity_type_value IF NOT EXISTS
FOR (i:Identity) REQUIRE (i.type, i.value) IS UNIQUE;

CREATE CONSTRAINT source_record_source_id IF NOT EXISTS
FOR (r:SourceRecord) REQUIRE (r.source, r.sourceId) IS UNIQUE;

CREATE INDEX customer_family_name IF NOT EXISTS
FOR (c:Customer) ON (c.familyName);

CREATE INDEX identity_value IF NOT EXISTS
FOR (i:Identity) ON (i.value)
