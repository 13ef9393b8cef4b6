// name: test-support/audit-entry
// mode: write
// param $id: the entry's id
// param $customerId: the customer (live or merged away) it concerns
// param $fields: the field names read
// An audit entry as cypher/audit/append.cypher writes it, for tests of export and erasure.
MATCH (c {id: $customerId})
WHERE c:Customer OR c:MergedCustomer
CREATE (entry:AuditEntry {id: $id, at: datetime(), actor: 'agent-7', role: 'SERVICE', requestId: 'request-' + $id,
                          action: 'READ', operation: 'CustomerView', fields: $fields})-[:CONCERNS {fields: $fields}]->(c)
