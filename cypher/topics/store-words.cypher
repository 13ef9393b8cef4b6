// name: topics/store-words
// mode: write
// param $rows: list of {label, key, words}: label is Product, Category, Touchpoint or SocialSignal; key its sku, path or id
// Stores the words of texts written before words were kept (src/topics/words.ts).
UNWIND $rows AS row
CALL (row) {
  MATCH (n:Product {sku: row.key}) WHERE row.label = 'Product'
  RETURN n
  UNION
  MATCH (n:Category {path: row.key}) WHERE row.label = 'Category'
  RETURN n
  UNION
  MATCH (n:Touchpoint {id: row.key}) WHERE row.label = 'Touchpoint'
  RETURN n
  UNION
  MATCH (n:SocialSignal {id: row.key}) WHERE row.label = 'SocialSignal'
  RETURN n
}
SET n.words = row.words
