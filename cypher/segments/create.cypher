// name: segments/create
// mode: write
// param $segment: {name, description, kind (DYNAMIC or STATIC), filter (the audience filter as JSON, or null)}
// param $now: ISO instant of creation
// A new segment, empty until its first refresh (the unique name constraint refuses a second one).
CREATE (s:Segment {name: $segment.name, description: $segment.description, kind: $segment.kind, filter: $segment.filter,
                   createdAt: datetime($now), size: 0})
RETURN s {.name, .description, .kind, .filter, .createdAt, .refreshedAt, .size} AS segment
