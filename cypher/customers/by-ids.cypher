// name: customers/by-ids
// mode: read
// param $ids: customer ids to look up
// The profiles of several customers at once (one round trip for a whole page).
UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN c.id AS id, c.givenName AS givenName, c.familyName AS familyName, c.country AS country,
       c.lifecycleStage AS lifecycleStage, c.createdAt AS createdAt, c.updatedAt AS updatedAt
