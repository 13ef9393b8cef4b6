// name: customers/by-ids
// mode: read
// param $ids: customer ids to look up; an id merged into another customer resolves to the survivor
// The profiles of several customers at once (one round trip for a whole page), each under the id
// it was asked by.
UNWIND $ids AS id
OPTIONAL MATCH (live:Customer {id: id})
OPTIONAL MATCH (:MergedCustomer {id: id})-[:MERGED_INTO*1..20]->(survivor:Customer)
WITH id, coalesce(live, survivor) AS c
WHERE c IS NOT NULL
RETURN id AS requested, c {.id, .givenName, .familyName, .birthDate, .street, .city, .postcode, .region, .country,
                           .lifecycleStage, .createdAt, .updatedAt} AS customer
