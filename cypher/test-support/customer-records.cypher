// name: test-support/customer-records
// mode: read
// Used by the test suite only: each customer as the customer records it was made of, the number
// of merges and of journey steps, so two imports of the same files can be compared whatever ids
// they gave their customers.
CALL () {
  MATCH (c:Customer)<-[:ABOUT]-(r:SourceRecord {kind: 'customer'})
  WITH c, r ORDER BY r.source, r.sourceId
  WITH c, collect(r.kind + ':' + r.source + '|' + r.sourceId) AS records
  RETURN collect(records) AS customers
}
CALL () {
  MATCH (:MergedCustomer)-[m:MERGED_INTO]->(:Customer)
  RETURN count(m) AS merges
}
CALL () {
  MATCH ()-[n:NEXT]->()
  RETURN count(n) AS journeySteps
}
RETURN customers, merges, journeySteps
