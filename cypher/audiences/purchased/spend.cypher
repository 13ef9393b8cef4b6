// name: audiences/purchased/spend
// mode: fragment
// slot {{conditions}} joined by AND: what the order (o) and the product (p) must be
// param $minSpend: the least spend, in hundredths
// Customer c spent at least $minSpend on the order lines matching the conditions (quantity times unit price).
COLLECT {
  MATCH (c)-[:PLACED]->(o:Order)-[line:CONTAINS]->(p:Product)
  WHERE {{conditions}}
  RETURN sum(line.quantity * line.unitPrice) AS spend
}[0] >= $minSpend
