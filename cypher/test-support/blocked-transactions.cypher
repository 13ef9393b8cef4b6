// name: test-support/blocked-transactions
// mode: read
// Used by the test suite only: how many transactions wait for a lock another one holds, so a test
// can act once a concurrent import is known to be waiting.
SHOW TRANSACTIONS YIELD status
WHERE status STARTS WITH 'Blocked'
RETURN count(*) AS blocked
