// name: test-support/all-properties
// mode: read
// Every property of every node and relationship in the graph, with its labels or type, for the
// erasure test's full scan.
MATCH (n)
RETURN 'node' AS entity, labels(n) AS kinds, properties(n) AS properties
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS entity, [type(r)] AS kinds, properties(r) AS properties
