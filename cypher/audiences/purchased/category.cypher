// name: audiences/purchased/category
// mode: fragment
// param $category: a category path, e.g. "Home > Kitchen"
// The product is in the category or one of its subcategories.
EXISTS { (p)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(:Category {path: $category}) }
