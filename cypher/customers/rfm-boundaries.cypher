// name: customers/rfm-boundaries
// mode: read
// param $now: ISO instant recency is counted from
// The quintile boundaries of recency (days since the last order), frequency (orders) and
// monetary value (spend, in hundredths, currencies compared as they are) over every customer
// who ordered; `orders` tells which state of the graph they were computed from.
MATCH (c:Customer)-[:PLACED]->(o:Order)
WITH c, max(o.placedAt) AS lastOrderAt, count(o) AS orders, sum(o.total) AS spend
WITH duration.inDays(lastOrderAt, datetime($now)).days AS recency, orders, spend
RETURN [percentileDisc(recency, 0.2), percentileDisc(recency, 0.4), percentileDisc(recency, 0.6), percentileDisc(recency, 0.8)] AS recency,
       [percentileDisc(orders, 0.2), percentileDisc(orders, 0.4), percentileDisc(orders, 0.6), percentileDisc(orders, 0.8)] AS frequency,
       [percentileDisc(spend, 0.2), percentileDisc(spend, 0.4), percentileDisc(spend, 0.6), percentileDisc(spend, 0.8)] AS monetary,
       sum(orders) AS orders
