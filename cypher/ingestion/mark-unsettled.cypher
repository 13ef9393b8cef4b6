// name: ingestion/mark-unsettled
// mode: write
// param $ids: the customers a batch changed
// param $settled: customers of batches before whose after-batch work has run since (Ingestion.tell)
// In the batch's own transaction: these customers still wait for what follows a batch (matching
// on arrival, segment refresh). Cleared by the next batch's transaction ($settled), or on its own
// (no $ids) after the last one, so a process that dies in between leaves them marked and the next
// import does it first. Cleared before marked: a customer of both stays marked.
CALL () {
  UNWIND $settled AS id
  MATCH (c:Customer {id: id})
  REMOVE c:Unsettled
}
UNWIND $ids AS id
MATCH (c:Customer {id: id})
SET c:Unsettled
