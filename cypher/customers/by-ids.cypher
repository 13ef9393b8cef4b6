// name: customers/by-ids
// mode: fragment
// param $ids: customer ids to look up; an id merged into another customer resolves to the survivor
// The profiles of several customers at once (one round trip for a whole page), each under the id
// it was asked by.
// slot {{liveCustomer}}: customers/live-customer
UNWIND $ids AS id
{{liveCustomer}}
WITH id, c
WHERE c IS NOT NULL
RETURN id AS requested, c {.id, .givenName, .familyName, .birthDate, .street, .city, .postcode, .region, .country,
                           .lifecycleStage, .createdAt, .updatedAt} AS customer
