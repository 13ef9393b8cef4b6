// name: identity/person-features
// mode: fragment
// What fuzzy matching compares of a customer record `r` of customer `c`: its own names, birth
// date and address, the strong identifiers it claims and its customer, by record key.
RETURN r.source + '|' + r.sourceId AS key, c.id AS customerId, c.createdAt AS createdAt,
       r.givenName AS givenName, r.familyName AS familyName, r.birthDate AS birthDate,
       r.street AS street, r.city AS city, r.postcode AS postcode, r.region AS region,
       [(r)-[:CLAIMS]->(i:Identity {type: 'NATIONAL_ID'}) | i.value][0] AS nationalId,
       [(r)-[:CLAIMS]->(i:Identity {type: 'EMAIL'}) | i.value][0] AS email,
       [(r)-[:CLAIMS]->(i:Identity {type: 'PHONE'}) | i.value][0] AS phone
ORDER BY key
