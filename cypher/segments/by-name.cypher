// name: segments/by-name
// mode: read
// param $name: the segment's name
// One segment.
MATCH (s:Segment {name: $name})
RETURN s {.name, .description, .kind, .filter, .createdAt, .refreshedAt, .size} AS segment
