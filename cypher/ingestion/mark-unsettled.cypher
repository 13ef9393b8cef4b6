// name: ingestion/mark-unsettled
// mode: write
// param $ids: the customers a batch changed
// In the batch's own transaction: these customers still wait for what follows a batch (matching
// on arrival, segment refresh). Cleared by ingestion/settled once that has run, so a process that
// dies in between leaves them marked and the next import does it first.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
SET c:Unsettled
