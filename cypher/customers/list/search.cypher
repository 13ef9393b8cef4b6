// name: customers/list/search
// mode: fragment
// param $query: a Lucene query built from the user's words, every special character escaped
// param $after: the [score, id] of the last customer of the previous page, or null
// param $limit: page size plus one
// Customers whose names, emails or social handles match, best first: each customer scores its
// best hit across names and identifiers. Rows `c, key` for customers/list/view.
CALL () {
  CALL db.index.fulltext.queryNodes('customer_names', $query, {limit: 1000}) YIELD node, score
  RETURN node AS c, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('identity_values', $query, {limit: 1000}) YIELD node, score
  WITH node, score WHERE node.type IN ['EMAIL', 'SOCIAL_HANDLE']
  MATCH (node)<-[:HAS_IDENTITY]-(c:Customer)
  RETURN c, score
}
WITH c, max(score) AS score
WHERE $after IS NULL OR score < $after[0] OR (score = $after[0] AND c.id > $after[1])
WITH c, score ORDER BY score DESC, c.id LIMIT $limit
WITH c, [score, c.id] AS key
