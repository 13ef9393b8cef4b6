// name: analyst/churn-risk
// mode: read
// param $quietDays: days without an order after which a repeat buyer counts as at risk
// param $minOrders: the fewest orders a customer must have placed to count as a repeat buyer
// column customer: CUSTOMER_ID
// column givenName: NAME
// column familyName: NAME
// Repeat buyers who have gone quiet: no order for $quietDays days, biggest spenders first.
MATCH (c:Customer)-[:PLACED]->(o:Order)
WITH c, count(o) AS orders, sum(o.total) AS spend, max(o.placedAt) AS lastOrderAt
WHERE orders >= $minOrders AND lastOrderAt < datetime() - duration({days: $quietDays})
RETURN c.id AS customer, c.givenName AS givenName, c.familyName AS familyName, orders, spend AS spendMinor,
       lastOrderAt, duration.inDays(lastOrderAt, datetime()).days AS quietDays
ORDER BY spend DESC, customer
