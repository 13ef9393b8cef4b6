// name: identity/record-features
// mode: read
// param $after: the last record key of the previous page ('' for the first)
// param $limit: page size
// What fuzzy matching compares: every customer record's own names, birth date and address, with
// the strong identifiers it claims and the customer it belongs to, in pages by record key.
MATCH (r:SourceRecord {kind: 'customer'})-[:ABOUT]->(c:Customer)
WITH r, c, r.source + '|' + r.sourceId AS key
WHERE key > $after
RETURN key, c.id AS customerId, c.createdAt AS createdAt,
       r.givenName AS givenName, r.familyName AS familyName, r.birthDate AS birthDate,
       r.street AS street, r.city AS city, r.postcode AS postcode, r.region AS region,
       [(r)-[:CLAIMS]->(i:Identity {type: 'NATIONAL_ID'}) | i.value][0] AS nationalId,
       [(r)-[:CLAIMS]->(i:Identity {type: 'EMAIL'}) | i.value][0] AS email,
       [(r)-[:CLAIMS]->(i:Identity {type: 'PHONE'}) | i.value][0] AS phone
ORDER BY key
LIMIT $limit
