// name: migrations/0007-privacy
// mode: schema
// Suppressions are looked up by hash on every import batch; erased customers stay findable by id
// (audit entries concern them); attribute changes citing an erased person's records are found by
// record id, wherever a merge since split left them.
CREATE CONSTRAINT suppression_hash IF NOT EXISTS
FOR (s:Suppression) REQUIRE s.hash IS UNIQUE;
CREATE CONSTRAINT erased_customer_id IF NOT EXISTS
FOR (e:ErasedCustomer) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT attribute_change_id IF NOT EXISTS
FOR (a:AttributeChange) REQUIRE a.id IS UNIQUE;
CREATE INDEX attribute_change_source_id IF NOT EXISTS
FOR (a:AttributeChange) ON (a.sourceId);
CREATE INDEX attribute_change_old_source_id IF NOT EXISTS
FOR (a:AttributeChange) ON (a.oldSourceId)
