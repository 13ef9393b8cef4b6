// name: activation/segment-member-ids
// mode: read
// param $name: the segment's name
// Every current member of a segment.
MATCH (:Segment {name: $name})<-[:MEMBER_OF]-(c:Customer)
RETURN c.id AS id
ORDER BY id
