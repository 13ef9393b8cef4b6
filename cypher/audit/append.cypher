// name: audit/append
// mode: write
// param $entries: list of {id, at, actor, role, requestId, action, operation, fields, customers: [{customerId, fields}]}
// The audit log only grows: this and the retention purge are the only statements that write it.
UNWIND $entries AS entry
CREATE (a:AuditEntry {
  id: entry.id, at: datetime(entry.at), actor: entry.actor, role: entry.role, requestId: entry.requestId,
  action: entry.action, operation: entry.operation, fields: entry.fields
})
WITH a, entry
UNWIND entry.customers AS concern
// A customer erased by the very request being audited is an ErasedCustomer by now.
OPTIONAL MATCH (c:Customer {id: concern.customerId})
OPTIONAL MATCH (erased:ErasedCustomer {id: concern.customerId})
WITH a, concern, coalesce(c, erased) AS subject
WHERE subject IS NOT NULL
CREATE (a)-[:CONCERNS {fields: concern.fields}]->(subject)
