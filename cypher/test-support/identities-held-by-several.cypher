// name: test-support/identities-held-by-several
// mode: read
// Used by the test suite only: identifiers that more than one customer holds, with how many.
MATCH (i:Identity)<-[:HAS_IDENTITY]-(c:Customer)
WITH i, count(c) AS holders WHERE holders > 1
RETURN i.type AS type, i.value AS value, holders
ORDER BY type, value
