// name: analyst/stale-profiles
// mode: read
// param $days: days without any change or activity after which a profile is stale
// column customer: CUSTOMER_ID
// column givenName: NAME
// column familyName: NAME
// Customers whose profile has not changed and who have done nothing for $days days, oldest first.
MATCH (c:Customer)
WHERE c.updatedAt < datetime() - duration({days: $days})
CALL (c) {
  OPTIONAL MATCH (c)-[:DID|PLACED|POSTED]->(event)
  RETURN max(coalesce(event.at, event.placedAt)) AS lastActiveAt
}
WITH c, lastActiveAt
WHERE lastActiveAt IS NULL OR lastActiveAt < datetime() - duration({days: $days})
RETURN c.id AS customer, c.givenName AS givenName, c.familyName AS familyName, c.updatedAt AS updatedAt, lastActiveAt
ORDER BY coalesce(lastActiveAt, c.updatedAt), customer
