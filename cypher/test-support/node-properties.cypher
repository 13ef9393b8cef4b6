// name: test-support/node-properties
// mode: read
// param $label: a node label
// Every property of every node with the label, for tests that check what is stored.
MATCH (n)
WHERE $label IN labels(n)
RETURN properties(n) AS properties
