// name: segments/dynamic
// mode: read
// The segments defined by an audience filter, which imports keep up to date.
MATCH (s:Segment {kind: 'DYNAMIC'})
RETURN s.name AS name, s.filter AS filter
ORDER BY name
