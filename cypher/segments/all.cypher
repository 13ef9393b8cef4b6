// name: segments/all
// mode: read
// Every segment, by name.
MATCH (s:Segment)
RETURN s {.name, .description, .kind, .filter, .createdAt, .refreshedAt, .size} AS segment
ORDER BY s.name
