// name: ingestion/settled
// mode: write
// param $ids: customers whose after-batch work has run
// Clears the mark ingestion/mark-unsettled set.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
REMOVE c:Unsettled
