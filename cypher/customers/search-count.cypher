// name: customers/search-count
// mode: read
// param $query: a Lucene query built from the user's words, every special character escaped
// How many customers customers/list/search finds (within its 1000 best hits per index).
CALL () {
  CALL db.index.fulltext.queryNodes('customer_names', $query, {limit: 1000}) YIELD node
  RETURN node AS c
  UNION ALL
  CALL db.index.fulltext.queryNodes('identity_values', $query, {limit: 1000}) YIELD node
  WITH node WHERE node.type IN ['EMAIL', 'SOCIAL_HANDLE']
  MATCH (node)<-[:HAS_IDENTITY]-(c:Customer)
  RETURN c
}
RETURN count(DISTINCT c) AS count
