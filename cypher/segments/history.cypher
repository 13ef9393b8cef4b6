// name: segments/history
// mode: read
// param $name: the segment's name
// param $limit: how many sizes, newest first
// A segment's size over time: after each refresh that changed it, who entered and who left.
MATCH (:Segment {name: $name})-[:HAD]->(size:SegmentSize)
RETURN size {.at, .size, .entered, .left} AS size
ORDER BY size.at DESC
LIMIT $limit
