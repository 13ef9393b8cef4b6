// name: test-support/audit-entry
// mode: write
// param $id: the entry's id
// param $customerId: the customer (live or merged away) it concerns
// param $fields: the field names read
// An audit entry as the audit log (built on main) writes it, for tests of export and erasure.
MATCH (c {id: $customerId})
WHERE c:Customer OR c:MergedCustomer
CREATE (entry:AuditEntry {id: $id, at: datetime(), actor: 'agent-7', role: 'SERVICE', requestId: 'request-' + $id,
                          action: 'read', operation: 'CustomerView', fields: $fields})-[:CONCERNS]->(c)
