// name: customers/merged-into
// mode: fragment
// The merged-id walk backwards: every customer merged into the live customer `c` in scope,
// directly or through earlier merges (at most 20 deep), as the list `merged`.
CALL (c) {
  OPTIONAL MATCH (m:MergedCustomer)-[:MERGED_INTO*1..20]->(c)
  RETURN collect(DISTINCT m) AS merged
}
