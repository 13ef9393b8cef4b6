// name: ingestion/lock-customers
// mode: write
// param $ids: ids of the existing customers a batch will write to, sorted
// Write-locks them and tells whether each is still a customer and how many identifiers and
// "not the same person" marks it has: one merged away or changed by a concurrent import since it
// was read makes the batch start over.
UNWIND $ids AS id
OPTIONAL MATCH (c:Customer {id: id})
// A label the node has already: nothing is written, but the node stays write-locked until the commit.
SET c:Customer
RETURN id, c IS NOT NULL AND c:Customer AS live,
       size([(c)-[:HAS_IDENTITY]->(i) | i]) AS identities,
       size([(c)-[:NOT_SAME_AS]-(other:Customer) | other]) AS distinctFrom
