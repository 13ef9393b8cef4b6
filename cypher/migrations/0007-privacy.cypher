// name: migrations/0007-privacy
// mode: schema
// Suppressions are looked up by hash on every import batch; erased customers stay findable by id
// (audit entries concern them); attribute changes are paged per customer by time.
CREATE CONSTRAINT suppression_hash IF NOT EXISTS
FOR (s:Suppression) REQUIRE s.hash IS UNIQUE;
CREATE CONSTRAINT erased_customer_id IF NOT EXISTS
FOR (e:ErasedCustomer) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT attribute_change_id IF NOT EXISTS
FOR (a:AttributeChange) REQUIRE a.id IS UNIQUE
