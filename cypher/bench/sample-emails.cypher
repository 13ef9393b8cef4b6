// name: bench/sample-emails
// mode: read
// param $limit: how many
// Email addresses of known customers, for the load benchmark's streamed events to name.
MATCH (:Customer)-[:HAS_IDENTITY]->(email:Identity {type: 'EMAIL'})
WITH email.value AS value ORDER BY value
RETURN collect(value)[0..$limit] AS emails
