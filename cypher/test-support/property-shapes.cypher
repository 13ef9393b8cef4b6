// name: test-support/property-shapes
// mode: read
// Every label and relationship type with each property it holds, the type of its values and how
// many hold it: what two ways of writing one graph must agree on beyond the values themselves.
CALL () {
  MATCH (n)
  UNWIND labels(n) AS label
  UNWIND keys(n) AS key
  RETURN label AS kind, key, valueType(n[key]) AS type
  UNION ALL
  MATCH ()-[r]->()
  UNWIND keys(r) AS key
  RETURN type(r) AS kind, key, valueType(r[key]) AS type
}
WITH kind + ' ' + key + ' ' + type AS shape, count(*) AS count
RETURN shape + ' ' + count AS line
ORDER BY line
