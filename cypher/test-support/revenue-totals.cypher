// name: test-support/revenue-totals
// mode: read
// Revenue by currency, channel and product over every order, whoever placed it.
MATCH (o:Order)-[line:CONTAINS]->(p:Product)
RETURN o.currency AS currency, o.channel AS channel, p.sku AS sku, count(DISTINCT o) AS orders,
       sum(line.quantity * line.unitPrice) AS revenue
ORDER BY currency, channel, sku
