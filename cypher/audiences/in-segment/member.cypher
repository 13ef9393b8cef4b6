// name: audiences/in-segment/member
// mode: fragment
// param $name: the segment's name
// Customer c is a current member of the segment.
EXISTS { (c)-[:MEMBER_OF]->(:Segment {name: $name}) }
