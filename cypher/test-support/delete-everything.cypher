// name: test-support/delete-everything
// mode: write
// Used by the test suite only, to start a test from an empty graph. The service never runs it.
MATCH (n)
DETACH DELETE n
