// name: customers/each
// mode: fragment
// param $ids: customer ids
// slot {{answer}}: a subquery body over c that returns one row, `answer` (a customers/360 fragment)
// One answer per customer of a batch: the batched form of a fragment of the 360 view, so a page of
// customers costs one statement per field, and the page and the 360 read the graph the same way.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  {{answer}}
}
RETURN id AS customerId, answer
