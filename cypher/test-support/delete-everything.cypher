// name: test-support/delete-everything
// mode: write
// param $limit: how many nodes to delete in this transaction
// Used by the test suite and the benchmarks only, to start from an empty graph, a slice at a
// time so a large graph does not exceed the transaction memory limit. The service never runs it.
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
