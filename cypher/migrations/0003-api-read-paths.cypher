// name: migrations/0003-api-read-paths
// mode: schema
// What the read API looks things up by: full-text search over names and identifier values
// (emails and social handles are filtered in the query), households by postcode, and the
// attributes customers are filtered and ordered by.
CREATE FULLTEXT INDEX customer_names IF NOT EXISTS
FOR (c:Customer) ON EACH [c.givenName, c.familyName];

CREATE FULLTEXT INDEX identity_values IF NOT EXISTS
FOR (i:Identity) ON EACH [i.value];

CREATE INDEX customer_postcode IF NOT EXISTS
FOR (c:Customer) ON (c.postcode);

CREATE INDEX customer_country IF NOT EXISTS
FOR (c:Customer) ON (c.country);

CREATE INDEX customer_updated_at IF NOT EXISTS
FOR (c:Customer) ON (c.updatedAt)
