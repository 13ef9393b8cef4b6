// name: audit/append
// mode: write
// param $entries: list of {id, at, actor, role, requestId, action, operation, fields, customers: [{customerId, fields}]}
// The audit log only grows: this and the retention purge are the only statements that write it.
// A customer named by an entry may be live, merged away, or erased (by the very request being
// audited, perhaps through a merged-away id whose node the erasure removed): the entry goes to
// whichever node stands for that person now.
UNWIND $entries AS entry
CREATE (a:AuditEntry {
  id: entry.id, at: datetime(entry.at), actor: entry.actor, role: entry.role, requestId: entry.requestId,
  action: entry.action, operation: entry.operation, fields: entry.fields
})
WITH a, entry
UNWIND entry.customers AS concern
OPTIONAL MATCH (live:Customer {id: concern.customerId})
OPTIONAL MATCH (merged:MergedCustomer {id: concern.customerId})
OPTIONAL MATCH (erased:ErasedCustomer {id: concern.customerId})
WITH a, concern, coalesce(live, merged, erased) AS found
CALL (found, concern) {
  WITH found WHERE found IS NOT NULL
  RETURN found AS subject
  UNION
  WITH found, concern WHERE found IS NULL
  MATCH (subject:ErasedCustomer) WHERE concern.customerId IN subject.mergedIds
  RETURN subject LIMIT 1
}
CREATE (a)-[:CONCERNS {fields: concern.fields}]->(subject)
