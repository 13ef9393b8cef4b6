// name: topics/unindexed-texts
// mode: read
// param $limit: how many to return at most
// Texts whose words were never stored (written before words were kept): product and category
// names, site searches' terms, social signals' texts, each with the key that finds its node again.
CALL () {
  MATCH (p:Product) WHERE p.words IS NULL
  RETURN 'Product' AS label, p.sku AS key, coalesce(p.name, '') AS text LIMIT $limit
  UNION ALL
  MATCH (category:Category) WHERE category.words IS NULL
  RETURN 'Category' AS label, category.path AS key, coalesce(category.name, '') AS text LIMIT $limit
  UNION ALL
  MATCH (t:Touchpoint) WHERE t.words IS NULL
  RETURN 'Touchpoint' AS label, t.id AS key, coalesce(t.searchTerm, '') AS text LIMIT $limit
  UNION ALL
  MATCH (s:SocialSignal) WHERE s.words IS NULL
  RETURN 'SocialSignal' AS label, s.id AS key, coalesce(s.text, '') AS text LIMIT $limit
}
RETURN label, key, text
LIMIT $limit
