// name: test-support/count-to
// mode: read
// param $n: how far to count
// Used by the test suite only: a read that takes as long as $n says, to test transaction timeouts.
UNWIND range(1, $n) AS x
RETURN count(x) AS counted
