// name: test-support/customer-records
// mode: read
// Used by the test suite only: each customer as the source records it was made of, and each
// merge as the records of the customer absorbed and of its survivor, so two imports of the same
// files can be compared whatever ids they gave their customers.
CALL () {
  MATCH (c:Customer)<-[:ABOUT]-(r:SourceRecord)
  WITH c, r ORDER BY r.kind, r.source, r.sourceId
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
