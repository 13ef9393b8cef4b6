// name: audiences/start/in-segment
// mode: fragment
// param $name: the segment's name
// The current members of a segment.
MATCH (:Segment {name: $name})<-[:MEMBER_OF]-(c:Customer)
