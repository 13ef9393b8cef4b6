// name: test-support/stored-records
// mode: read
// param $sources: the sources whose records to read
// Used by the test suite only: every record of these sources as the graph holds it (its profile
// values, the identifiers it claims, the fact it recorded with that fact's links) and the
// customer it is about, so a test can compare an import with a truth file. The words derived
// for topic matching are left out: they are not a value the source gave.
MATCH (r:SourceRecord) WHERE r.source IN $sources
OPTIONAL MATCH (r)-[:ABOUT]->(c:Customer)
OPTIONAL MATCH (r)-[:RECORDED]->(fact)
RETURN r.source AS source, r.kind AS kind, r.sourceId AS sourceId, c.id AS customerId,
       r {.givenName, .familyName, .birthDate, .street, .city, .postcode, .region, .country, .lifecycleStage} AS profile,
       [(r)-[:CLAIMS]->(i) | i.type + ' ' + i.value] AS identities,
       fact {.*, id: null, source: null, words: null} AS fact,
       [(fact)-[line:CONTAINS]->(p:Product) | {sku: p.sku, quantity: line.quantity, unitPrice: line.unitPrice}] AS lines,
       [(fact)-[:IN_CATEGORY]->(category) | category.path] AS categories,
       [(fact)-[:ABOUT|MENTIONS]->(p:Product) | p.sku] AS products
ORDER BY source, kind, sourceId
