// name: ingestion/unsettled-customers
// mode: read
// param $limit: how many at most
// Customers whose batch landed but whose after-batch work never finished (the process died in
// between), for the next import to finish first.
MATCH (c:Customer:Unsettled)
RETURN c.id AS id
LIMIT $limit
