// name: audiences/start/purchased-category
// mode: fragment
// param $category: a category path, e.g. "Home > Kitchen"
// Customers who ever ordered a product of the category or one of its subcategories.
MATCH (:Category {path: $category})<-[:SUBCATEGORY_OF*0..]-(:Category)<-[:IN_CATEGORY]-(p:Product)
MATCH (c:Customer)-[:PLACED]->(:Order)-[:CONTAINS]->(p)
WITH DISTINCT c
