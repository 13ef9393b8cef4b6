// name: communities/buyer-clusters/buyers
// mode: read
// Every customer who ordered something, in id order: the similarity links are computed a slice
// of them at a time.
MATCH (c:Customer)
WHERE EXISTS { (c)-[:PLACED]->(:Order)-[:CONTAINS]->(:Product) }
RETURN c.id AS id ORDER BY id
