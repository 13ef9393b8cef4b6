// name: topics/reach
// mode: write
// param $names: the topics to link again (null: every topic)
// param $skus: the products to link again, with their categories (null: the whole catalogue)
// Where topics reach the catalogue, kept as (Topic)-[:COVERS {by, term}]->(Product|Category).
// A term matches a list of words when every word of the term is among them (terms are stemmed
// words joined by spaces, src/topics/words.ts). A topic covers a category when one of its terms
// matches the words of the category's path (its name and its parents' names), and a product when
// the catalogue links the product to the topic (by: 'catalogue') or one of its terms matches the
// words of the product's name and category path (by: 'name'). The links between the topics and
// products named here are deleted and made again, so a renamed or moved product follows.
MATCH (t:Topic)
WHERE $names IS NULL OR t.name IN $names
// The topics as one list, so the words of each product and category are gathered once, not once per topic.
WITH collect(t) AS topics
CALL (topics) {
  MATCH (p:Product)
  WHERE $skus IS NULL OR p.sku IN $skus
  WITH p, coalesce(p.words, []) + reduce(words = [], up IN [(p)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(up:Category) | up] | words + coalesce(up.words, [])) AS words,
       // Read from the product, once: a topic's incoming ABOUT links are every event about it.
       [(p)-[:ABOUT]->(about:Topic) | about] AS about
  UNWIND topics AS t
  OPTIONAL MATCH (t)-[old:COVERS]->(p)
  DELETE old
  WITH DISTINCT t, p, words, about
  WITH t, p, t IN about AS linked,
       head([term IN coalesce(t.terms, []) WHERE all(word IN split(term, ' ') WHERE word IN words)]) AS term
  WHERE linked OR term IS NOT NULL
  MERGE (t)-[covers:COVERS]->(p)
  SET covers.by = CASE WHEN linked THEN 'catalogue' ELSE 'name' END, covers.term = term
}
CALL (topics) {
  MATCH (p:Product)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(category:Category)
  WHERE $skus IS NULL OR p.sku IN $skus
  WITH DISTINCT category
  WITH category, reduce(words = [], up IN [(category)-[:SUBCATEGORY_OF*0..]->(up:Category) | up] | words + coalesce(up.words, [])) AS words
  UNWIND topics AS t
  OPTIONAL MATCH (t)-[old:COVERS]->(category)
  DELETE old
  WITH DISTINCT t, category, words
  WITH t, category, head([term IN coalesce(t.terms, []) WHERE all(word IN split(term, ' ') WHERE word IN words)]) AS term
  WHERE term IS NOT NULL
  MERGE (t)-[covers:COVERS]->(category)
  SET covers.by = 'name', covers.term = term
}
