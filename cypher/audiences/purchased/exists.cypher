// name: audiences/purchased/exists
// mode: fragment
// slot {{conditions}} joined by AND: what the order (o) and the product (p) must be
// Customer c ordered a product matching the conditions.
EXISTS {
  MATCH (c)-[:PLACED]->(o:Order)-[:CONTAINS]->(p:Product)
  WHERE {{conditions}}
}
